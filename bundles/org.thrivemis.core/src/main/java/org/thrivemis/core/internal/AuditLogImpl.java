package org.thrivemis.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.ClassDirectory;

/**
 * Search of the audit trail for senior leads and admins. The search is itself audited, in the same
 * transaction that reads the entries, naming the pupil when the query names one.
 */
@Component(service = AuditLog.class)
public class AuditLogImpl implements AuditLog {
    /** Enough for any screen; larger exports would need paging, not one huge read. */
    static final int MAX_LIMIT = 1000;

    private final ThriveStore store;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    @Activate
    public AuditLogImpl(@Reference ThriveStore store, @Reference ClassDirectory classes) {
        this(store, classes, Clock.systemDefaultZone());
    }

    AuditLogImpl(ThriveStore store, ClassDirectory classes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = new AccessPolicy(classes, clock);
        this.audit = new AuditTrail(store, clock);
    }

    @Override
    public List<AuditEntry> search(Actor actor, AuditQuery query) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(query, "query");
        String pupilId = query.pupilId().orElse("");
        String detail = describe(query);
        if (!policy.permits(actor, Action.AUDIT_SEARCH)) {
            throw audit.refuse(actor, Action.AUDIT_SEARCH, pupilId, detail, policy.refusal(actor, Action.AUDIT_SEARCH));
        }
        List<Problem> problems = problems(query);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AuditEntry entry = audit.allowed(actor, Action.AUDIT_SEARCH, pupilId, detail);
        return store.write(tx -> {
            // searched before appending, so the result shows the trail as it was when asked
            List<AuditEntry> found = tx.audit().search(query);
            tx.audit().append(List.of(entry));
            return found;
        });
    }

    private static List<Problem> problems(AuditQuery query) {
        List<Problem> problems = new ArrayList<>();
        if (query.limit() < 1 || query.limit() > MAX_LIMIT) {
            problems.add(new Problem("limit", String.valueOf(query.limit()),
                    "Number of entries must be between 1 and " + MAX_LIMIT));
        }
        if (query.from().isPresent() && query.to().isPresent() && query.from().get().isAfter(query.to().get())) {
            problems.add(new Problem("to", query.to().get().toString(),
                    "End of the period must be the same as or after its start"));
        }
        return problems;
    }

    /** The audit detail: the criteria searched for, e.g. "search: action consent.read, limit 50". */
    private static String describe(AuditQuery query) {
        StringJoiner criteria = new StringJoiner(", ", "search: ", "");
        query.pupilId().ifPresent(v -> criteria.add("pupil " + v));
        query.actorId().ifPresent(v -> criteria.add("actor " + v));
        query.action().ifPresent(v -> criteria.add("action " + v));
        query.from().ifPresent(v -> criteria.add("from " + v));
        query.to().ifPresent(v -> criteria.add("to " + v));
        criteria.add("limit " + query.limit());
        query.after().ifPresent(c -> criteria.add("after entry " + c.id()));
        return criteria.toString();
    }
}

package org.thrivemis.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditCursor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

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

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    private final Clock clock;

    @Activate
    public AuditLogImpl(@Reference ThriveStore store, @Reference ClassDirectory classes, @Reference HostClock clock) {
        this(store, classes, (Clock) clock);
    }

    AuditLogImpl(ThriveStore store, ClassDirectory classes, Clock clock) {
        this.clock = clock;
        this.store = Objects.requireNonNull(store, "store");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
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
        if (!pupilId.isEmpty() && !policy.inScope(actor, pupilId)) {
            throw audit.refuse(actor, Action.AUDIT_SEARCH, pupilId, detail, "You can only search the audit trail of"
                    + " pupils of the schools your MIS role covers. Ask someone at that school, or a trust-wide lead.");
        }
        List<Problem> problems = problems(query);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        AuditEntry entry = audit.allowed(actor, Action.AUDIT_SEARCH, pupilId, detail);
        return store.write(tx -> {
            // searched before appending, so the result shows the trail as it was when asked
            List<AuditEntry> found = actor.schools().everySchool() ? tx.audit().search(query)
                    : inScope(actor, query, tx.audit()::search);
            tx.audit().append(List.of(entry));
            return found;
        });
    }

    /**
     * A page of the trail for an actor limited to some schools: entries about pupils of other
     * schools are left out, and further pages are read until the page is full or the trail ends, so
     * paging by the last entry still works. Entries about no pupil (searches, configuration) stay.
     */
    private List<AuditEntry> inScope(Actor actor, AuditQuery query, Function<AuditQuery, List<AuditEntry>> search) {
        List<AuditEntry> kept = new ArrayList<>();
        AuditQuery page = query;
        while (true) {
            List<AuditEntry> read = search.apply(page);
            Set<String> visible = policy.inScope(actor, read.stream().map(AuditEntry::pupilId)
                    .filter(id -> id != null && !id.isEmpty()).toList());
            for (AuditEntry e : read) {
                if (e.pupilId() == null || e.pupilId().isEmpty() || visible.contains(e.pupilId())) {
                    kept.add(e);
                    if (kept.size() == query.limit()) {
                        return kept;
                    }
                }
            }
            if (read.size() < page.limit()) {
                return kept;
            }
            page = new AuditQuery(query.pupilId(), query.actorId(), query.action(), query.from(), query.to(),
                    query.limit(), Optional.of(AuditCursor.after(read.get(read.size() - 1))));
        }
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

package org.thrivemis.core.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * Parental consent: records decisions, reports status for one pupil or a class, and is the gate
 * other domain services call before individual work. Every read and write is checked by
 * {@link AccessPolicy} and audited in the same transaction as the data it concerns.
 */
@Component(service = ConsentService.class)
public class ConsentServiceImpl implements ConsentService {
    static final String DETAIL_PUPIL_RECORD = "pupil record";
    static final String DETAIL_CLASS_VIEW = "class view";

    /** Newest first, the same order {@link ConsentStatus#statesOf} uses to pick the current state. */
    static final Comparator<ConsentRecord> NEWEST_FIRST = Comparator.comparing(ConsentRecord::decidedOn)
            .thenComparing(ConsentRecord::recordedAt)
            .thenComparingLong(ConsentRecord::id)
            .reversed();

    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ConsentRequestValidator validator;
    private final Clock clock;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public ConsentServiceImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference HostClock clock) {
        // the JVM's zone is the school's: "today" decides enrollments and future dates
        this(store, pupils, classes, (Clock) clock);
    }

    ConsentServiceImpl(ThriveStore store, PupilDirectory pupils, ClassDirectory classes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
        this.validator = new ConsentRequestValidator(clock);
    }

    @Override
    public ConsentStatus status(Actor actor, String pupilId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        if (!policy.permits(actor, Action.CONSENT_READ, pupilId)) {
            throw audit.refuse(actor, Action.CONSENT_READ, pupilId, DETAIL_PUPIL_RECORD,
                    policy.refusal(actor, Action.CONSENT_READ, pupilId));
        }
        requireKnownPupil(pupilId);
        AuditEntry entry = audit.allowed(actor, Action.CONSENT_READ, pupilId, DETAIL_PUPIL_RECORD);
        // a write transaction: the read and its audit entry stand or fall together
        List<ConsentRecord> history = store.write(tx -> {
            List<ConsentRecord> records = tx.consents().history(pupilId);
            tx.audit().append(List.of(entry));
            return records;
        });
        List<ConsentRecord> newestFirst = history.stream().sorted(NEWEST_FIRST).toList();
        return new ConsentStatus(pupilId, ConsentStatus.statesOf(newestFirst), newestFirst);
    }

    @Override
    public Map<String, Map<ConsentScope, ConsentState>> states(Actor actor, Collection<String> pupilIds) {
        Objects.requireNonNull(actor, "actor");
        Set<String> wanted = new LinkedHashSet<>(pupilIds);
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Set<String> allowed = policy.permitted(actor, Action.CONSENT_READ, wanted);
        List<AuditEntry> entries = new ArrayList<>();
        for (String pupilId : wanted) {
            entries.add(allowed.contains(pupilId)
                    ? audit.allowed(actor, Action.CONSENT_READ, pupilId, DETAIL_CLASS_VIEW)
                    : audit.denied(actor, Action.CONSENT_READ, pupilId, DETAIL_CLASS_VIEW));
        }
        Map<String, List<ConsentRecord>> histories = store.write(tx -> {
            Map<String, List<ConsentRecord>> found = allowed.isEmpty() ? Map.of() : tx.consents().histories(allowed);
            tx.audit().append(entries);
            return found;
        });
        Map<String, Map<ConsentScope, ConsentState>> result = new LinkedHashMap<>();
        for (String pupilId : allowed) {
            result.put(pupilId, ConsentStatus.statesOf(histories.getOrDefault(pupilId, List.of())));
        }
        return result;
    }

    @Override
    public ConsentRecord record(Actor actor, String pupilId, ConsentRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(request, "request");
        if (!policy.permits(actor, Action.CONSENT_RECORD, pupilId)) {
            throw audit.refuse(actor, Action.CONSENT_RECORD, pupilId, "consent decision not recorded",
                    policy.refusal(actor, Action.CONSENT_RECORD, pupilId));
        }
        requireKnownPupil(pupilId);
        List<Problem> problems = validator.problems(request);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ConsentRecord unsaved = new ConsentRecord(0, pupilId, request.decision(), request.scopes(),
                request.personName(), request.relationship(), request.decidedOn(), request.note(),
                actor.userId(), actor.displayName(), clock.instant());
        return store.write(tx -> {
            ConsentRecord saved = tx.consents().insert(unsaved);
            tx.audit().append(List.of(audit.allowed(actor, Action.CONSENT_RECORD, pupilId, describe(saved))));
            return saved;
        });
    }

    @Override
    public void requireConsent(String pupilId, ConsentScope scope) {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(scope, "scope");
        // no actor and no audit here: the calling service checks and audits its own action
        List<ConsentRecord> history = store.read(tx -> tx.consents().history(pupilId));
        ConsentState state = ConsentStatus.statesOf(history).get(scope);
        if (state != ConsentState.GIVEN) {
            throw new ConsentRequiredException(pupilId, scope, state);
        }
    }

    private void requireKnownPupil(String pupilId) {
        if (pupils.pupil(pupilId).isEmpty()) {
            throw new NotFoundException("No pupil with id '" + pupilId
                    + "' is on roll in the MIS: open the pupil from the MIS pupil list and try again");
        }
    }

    /** The audit detail of a stored decision, e.g. "record 12: Given (Action plans and home activities) on 2025-03-03". */
    private static String describe(ConsentRecord r) {
        String scopes = r.scopes().stream().sorted().map(ConsentScope::label).collect(Collectors.joining(", "));
        return "record " + r.id() + ": " + r.decision().label() + " (" + scopes + ") on " + r.decidedOn();
    }

    @Override
    public boolean anyRecorded() {
        // no actor, no pupil: nothing to check or audit (the answer names nobody)
        return store.read(tx -> tx.consents().any());
    }
}

package org.thrivemis.core.internal.dataprotection;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.dataprotection.DataProtectionService;
import org.thrivemis.api.dataprotection.ErasureReport;
import org.thrivemis.api.dataprotection.ErasureRequest;
import org.thrivemis.api.dataprotection.HeldPupilDetails;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.dataprotection.RetentionPlan;
import org.thrivemis.api.dataprotection.RetentionProgress;
import org.thrivemis.api.dataprotection.RetentionResult;
import org.thrivemis.api.dataprotection.SubjectAccessRecord;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * Subject access, erasure and retention. Each call is checked by {@link AccessPolicy} and audited in
 * the transaction of its work. An erasure leaves exactly one new audit entry, keyed by a random token
 * and naming only the request (reference, requester, ground, date) and who erased; the pupil's earlier
 * audit entries are re-keyed to the same token by the store.
 */
@Component(service = DataProtectionService.class, configurationPid = RetentionConfig.PID)
@Designate(ocd = RetentionConfig.class)
public class DataProtectionServiceImpl implements DataProtectionService {
    /** Every audit entry of a pupil belongs in their export; this only guards against a runaway read. */
    static final int MAX_AUDIT = 100_000;
    /** Who a scheduled retention run is audited as. */
    static final Actor SCHEDULE = new Actor("thrive-retention-schedule", "Retention schedule", Set.of(ThriveRole.ADMIN));

    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ErasureRequestValidator validator;
    private final Clock clock;
    private final RetentionConfig config;
    private final RetentionSchedule schedule;
    private final RetentionRuns runs;
    /** Runs after each pupil's transaction of a retention run: the tests' pause point. */
    volatile Runnable afterEachPupil = () -> { };

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public DataProtectionServiceImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, RetentionConfig config, @Reference HostClock clock) {
        // the JVM's zone is the school's: it decides "today" and so the retention cutoff
        this(store, pupils, classes, config, (Clock) clock);
    }

    DataProtectionServiceImpl(ThriveStore store, PupilDirectory pupils, ClassDirectory classes,
            RetentionConfig config, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
        this.validator = new ErasureRequestValidator(clock);
        this.runs = new RetentionRuns(clock);
        this.schedule = RetentionSchedule.start(config.intervalHours(), () -> applyRetention(SCHEDULE));
    }

    @Deactivate
    void stop() {
        schedule.stop();
        runs.stop();
    }

    @Override
    public SubjectAccessRecord subjectAccess(Actor actor, String pupilId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        if (!policy.permits(actor, Action.SUBJECT_ACCESS, pupilId)) {
            throw audit.refuse(actor, Action.SUBJECT_ACCESS, pupilId, "subject access export refused",
                    policy.refusal(actor, Action.SUBJECT_ACCESS, pupilId));
        }
        if (pupils.pupil(pupilId).isEmpty() && !holdsAnything(pupilId)) {
            throw new NotFoundException("No pupil with id '" + pupilId + "' is on roll in the MIS, and Thrive holds"
                    + " nothing under that id: check the id (the MIS pupil id, for example P0042)");
        }
        AuditEntry entry = audit.allowed(actor, Action.SUBJECT_ACCESS, pupilId, "subject access export");
        return store.write(tx -> {
            SubjectAccessRecord record = new SubjectAccessRecord(pupilId, clock.instant(), actor.displayName(),
                    tx.dataProtection().heldDetails(pupilId), tx.consents().history(pupilId),
                    tx.profiles().ofPupil(pupilId), tx.plans().ofPupil(pupilId),
                    tx.audit().search(AuditQuery.forPupil(pupilId, MAX_AUDIT)));
            tx.audit().append(List.of(entry));
            return record;
        });
    }

    @Override
    public ErasureReport erase(Actor actor, String pupilId, ErasureRequest request) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(request, "request");
        if (!policy.permits(actor, Action.ERASE, pupilId)) {
            throw audit.refuse(actor, Action.ERASE, pupilId, "erasure refused", policy.refusal(actor, Action.ERASE, pupilId));
        }
        List<Problem> problems = validator.problems(request, identifiers(pupilId));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String reference = request.reference().strip();
        String detail = "erasure under request " + reference + " (asked by " + request.requester().label()
                + " on " + request.receivedOn() + "; ground: " + request.ground().label() + ")";
        return remove(actor, Action.ERASE, pupilId, reference, detail, false);
    }

    @Override
    public RetentionPlan retentionPlan(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.permits(actor, Action.RETENTION_PLAN)) {
            throw audit.refuse(actor, Action.RETENTION_PLAN, "", "retention dry run refused",
                    policy.refusal(actor, Action.RETENTION_PLAN));
        }
        return store.write(tx -> {
            RetentionPlan plan = plan(tx.dataProtection().leftBefore(cutoff()));
            List<AuditEntry> entries = new ArrayList<>();
            entries.add(audit.allowed(actor, Action.RETENTION_PLAN, "", "retention dry run: " + plan.pupils().size()
                    + " pupils to " + plan.action().label() + " (left before " + plan.leftBefore() + ")"));
            // the dry run shows each pupil's name: that is a read of their record, so it is on theirs
            plan.pupils().forEach(p -> entries.add(audit.allowed(actor, Action.RETENTION_PLAN, p.pupilId(),
                    "listed by the retention dry run")));
            tx.audit().append(entries);
            return plan;
        });
    }

    @Override
    public RetentionResult applyRetention(Actor actor) {
        requireRetentionRun(actor);
        RetentionPlan plan = store.read(tx -> plan(tx.dataProtection().leftBefore(cutoff())));
        RetentionRuns.Run run = runs.beginOrRefuse(actor.displayName(), plan.action(), plan.pupils().size());
        return retain(actor, plan, run);
    }

    @Override
    public RetentionProgress startRetention(Actor actor) {
        requireRetentionRun(actor);
        RetentionPlan plan = store.read(tx -> plan(tx.dataProtection().leftBefore(cutoff())));
        Optional<RetentionRuns.Run> started = runs.begin(actor.displayName(), plan.action(), plan.pupils().size());
        if (started.isEmpty()) {
            // a second press (or the schedule) while a run goes: follow that run instead
            return runs.latest().orElseThrow();
        }
        RetentionRuns.Run run = started.get();
        runs.inBackground(run, () -> retain(actor, plan, run));
        return run.progress();
    }

    @Override
    public Optional<RetentionProgress> retentionProgress(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.permits(actor, Action.RETENTION_PLAN)) {
            throw audit.refuse(actor, Action.RETENTION_PLAN, "", "retention progress refused",
                    policy.refusal(actor, Action.RETENTION_PLAN));
        }
        return runs.latest();
    }

    private void requireRetentionRun(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.permits(actor, Action.RETENTION_RUN)) {
            throw audit.refuse(actor, Action.RETENTION_RUN, "", "retention run refused",
                    policy.refusal(actor, Action.RETENTION_RUN));
        }
    }

    /** Carries out the plan pupil by pupil, counting each on the run, then audits the run as a whole. */
    private RetentionResult retain(Actor actor, RetentionPlan plan, RetentionRuns.Run run) {
        try {
            String reference = "retention-" + LocalDate.now(clock);
            List<ErasureReport> reports = new ArrayList<>();
            // one transaction per pupil: a failure part-way keeps what was done, and each is complete
            for (RetentionCandidate pupil : plan.pupils()) {
                String detail = "retention policy (" + plan.years() + " years after leaving): "
                        + plan.action().label() + " of a pupil who left on " + pupil.leftOn();
                reports.add(remove(actor, Action.RETENTION_RUN, pupil.pupilId(), reference, detail,
                        plan.action() == RetentionAction.ARCHIVE));
                run.pupilDone();
                afterEachPupil.run();
            }
            AuditEntry summary = audit.allowed(actor, Action.RETENTION_RUN, "", "retention run " + reference + ": "
                    + reports.size() + " pupils (" + plan.action().label() + ")");
            store.write(tx -> {
                tx.audit().append(List.of(summary));
                return null;
            });
            return new RetentionResult(plan, reports);
        } catch (RuntimeException e) {
            run.failed("The run stopped after " + run.progress().done() + " of " + plan.pupils().size()
                    + " pupils (" + e.getClass().getSimpleName() + "); those are done. Run the policy again to"
                    + " continue; if it stops again, tell your administrator.");
            throw e;
        } finally {
            run.finished();
        }
    }

    /** Erases (or archives) in one transaction with its single audit entry, keyed by a new token. */
    private ErasureReport remove(Actor actor, Action action, String pupilId, String reference, String detail,
            boolean archive) {
        String token = Tokens.next(archive ? "archived" : "erased");
        Instant at = clock.instant();
        return store.write(tx -> {
            Map<String, Integer> rows = archive ? tx.dataProtection().archive(pupilId, token)
                    : tx.dataProtection().erase(pupilId, token);
            int total = rows.values().stream().mapToInt(Integer::intValue).sum();
            tx.audit().append(List.of(audit.allowed(actor, action, token, detail + ": " + total + " rows in "
                    + rows.size() + " tables")));
            return new ErasureReport(token, reference, at, rows);
        });
    }

    private RetentionPlan plan(List<RetentionCandidate> due) {
        return new RetentionPlan(config.action(), config.years(), leftBefore(), due);
    }

    private LocalDate leftBefore() {
        return LocalDate.now(clock).minusYears(config.years());
    }

    private Instant cutoff() {
        return leftBefore().atStartOfDay(clock.getZone()).toInstant();
    }

    /** What the reference of an erasure may not contain: the pupil's id, UPNs and names, MIS and roster. */
    private Set<String> identifiers(String pupilId) {
        Set<String> all = new LinkedHashSet<>();
        all.add(pupilId);
        pupils.pupil(pupilId).ifPresent(p -> addPupil(all, p));
        for (HeldPupilDetails held : store.read(tx -> tx.dataProtection().heldDetails(pupilId))) {
            all.add(held.sourceId());
            all.add(held.upn());
            all.add(held.givenName());
            all.add(held.familyName());
        }
        return all;
    }

    private static void addPupil(Set<String> all, Pupil p) {
        p.upn().ifPresent(all::add);
        all.add(p.givenName());
        all.add(p.familyName());
    }

    private boolean holdsAnything(String pupilId) {
        return store.read(tx -> !tx.dataProtection().heldDetails(pupilId).isEmpty()
                || !tx.consents().history(pupilId).isEmpty() || !tx.profiles().ofPupil(pupilId).isEmpty()
                || !tx.plans().ofPupil(pupilId).isEmpty());
    }
}

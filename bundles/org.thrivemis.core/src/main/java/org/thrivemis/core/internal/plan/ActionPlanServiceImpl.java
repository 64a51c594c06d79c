package org.thrivemis.core.internal.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.plan.TargetProgress;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * Action plans, following the consent service's pattern: access check (a refusal is audited and
 * throws) → pupil and plan exist → consent gate for new work → validation naming every problem →
 * the work and its audit entry in one write transaction, with optimistic locking on the version.
 */
@Component(service = ActionPlanService.class)
public class ActionPlanServiceImpl implements ActionPlanService {
    static final String PLAN = "Action plan";

    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final ConsentService consent;
    private final AssessmentService assessments;
    private final ContentPackService content;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final PlanDraftValidator drafts;
    private final ReviewValidator reviews;
    private final Clock clock;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public ActionPlanServiceImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference ConsentService consent,
            @Reference AssessmentService assessments, @Reference ContentPackService content, @Reference HostClock clock) {
        // the JVM's zone is the school's: "today" decides enrolments, review dates and overdue reviews
        this(store, pupils, classes, consent, assessments, content, (Clock) clock);
    }

    /** With a given clock: for tests, and for a host that runs the JVM in another zone than the school. */
    public ActionPlanServiceImpl(ThriveStore store, PupilDirectory pupils, ClassDirectory classes, ConsentService consent,
            AssessmentService assessments, ContentPackService content, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.assessments = Objects.requireNonNull(assessments, "assessments");
        this.content = Objects.requireNonNull(content, "content");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
        this.drafts = new PlanDraftValidator(clock);
        this.reviews = new ReviewValidator(clock);
    }

    @Override
    public PlanSuggestions suggestions(Actor actor, String pupilId, long assessmentId) {
        requireAccess(actor, Action.PLAN_WRITE, pupilId, "plan suggestions not made");
        requireKnownPupil(pupilId);
        requireConsent(actor, pupilId, "plan suggestions not made");
        Assessment assessment = completedAssessment(actor, pupilId, assessmentId);
        PlanSuggestions suggestions = PlanSuggester.suggest(assessment, assessments.result(assessment),
                content.current());
        AuditEntry entry = audit.allowed(actor, Action.PLAN_READ, pupilId,
                "plan suggestions from assessment " + assessmentId);
        store.write(tx -> {
            tx.audit().append(List.of(entry));
            return null;
        });
        return suggestions;
    }

    @Override
    public ActionPlan create(Actor actor, String pupilId, long assessmentId, PlanDraft draft) {
        Objects.requireNonNull(draft, "draft");
        requireAccess(actor, Action.PLAN_WRITE, pupilId, "plan not created");
        requireKnownPupil(pupilId);
        requireConsent(actor, pupilId, "plan not created");
        completedAssessment(actor, pupilId, assessmentId);
        requireValid(problems(draft));
        ActionPlan unsaved = new ActionPlan(0, pupilId, assessmentId, PlanStatus.DRAFT, draft.targets(),
                draft.activities(), notes(draft), actor.userId(), actor.displayName(), draft.startDate(),
                reviewDate(draft), clock.instant(), actor.displayName(), 0, List.of());
        return store.write(tx -> {
            ActionPlan saved = tx.plans().insert(unsaved);
            tx.audit().append(List.of(audit.allowed(actor, Action.PLAN_WRITE, pupilId,
                    "plan " + saved.id() + " created from assessment " + assessmentId)));
            return saved;
        });
    }

    @Override
    public ActionPlan update(Actor actor, long planId, long expectedVersion, PlanDraft draft) {
        Objects.requireNonNull(draft, "draft");
        ActionPlan plan = planForWrite(actor, planId, "plan " + planId + " not updated");
        Function<ActionPlan, List<String>> changes = stored -> PlanChanges.content(stored, expectedVersion, draft);
        requireVersion(plan, expectedVersion, changes);
        requireStatus(plan, plan.status().editable(), "changed");
        requireConsent(actor, plan.pupilId(), "plan " + planId + " not updated");
        requireValid(problems(draft));
        ActionPlan changed = new ActionPlan(plan.id(), plan.pupilId(), plan.assessmentId(), plan.status(),
                draft.targets(), draft.activities(), notes(draft), plan.ownerId(), plan.ownerName(), draft.startDate(),
                reviewDate(draft), clock.instant(), actor.displayName(), plan.version(), plan.reviews(),
                plan.imported());
        return save(actor, changed, expectedVersion, changes, "plan " + planId + " updated");
    }

    @Override
    public ActionPlan activate(Actor actor, long planId, long expectedVersion) {
        return move(actor, planId, expectedVersion, Set.of(PlanStatus.DRAFT), PlanStatus.ACTIVE, true, Optional.empty(),
                "activated");
    }

    @Override
    public ActionPlan continuePlan(Actor actor, long planId, long expectedVersion, Optional<LocalDate> reviewDate) {
        Objects.requireNonNull(reviewDate, "reviewDate");
        LocalDate today = LocalDate.now(clock);
        LocalDate next = reviewDate.orElse(ActionPlan.defaultReviewDate(today));
        if (!next.isAfter(today) || next.isAfter(today.plusMonths(PlanDraftValidator.MAX_REVIEW_MONTHS))) {
            // checked before the transition so a bad date changes nothing
            throw new ValidationException(List.of(new Problem("reviewDate", next.toString(),
                    "Next review date must be after today and within a year")));
        }
        // only a reviewed plan continues: a draft is activated, not continued
        return move(actor, planId, expectedVersion, Set.of(PlanStatus.REVIEWED), PlanStatus.ACTIVE, true,
                Optional.of(next),
                "continued to a review on " + next);
    }

    @Override
    public ActionPlan close(Actor actor, long planId, long expectedVersion) {
        // closing needs no consent: after a withdrawal the practitioner must still be able to end the plan
        return move(actor, planId, expectedVersion, EnumSet.complementOf(EnumSet.of(PlanStatus.CLOSED)),
                PlanStatus.CLOSED, false, Optional.empty(), "closed");
    }

    @Override
    public ActionPlan review(Actor actor, long planId, long expectedVersion, ReviewInput input) {
        Objects.requireNonNull(input, "input");
        String refused = "plan " + planId + " not reviewed";
        ActionPlan plan = planForWrite(actor, planId, refused);
        Function<ActionPlan, List<String>> changes = stored -> PlanChanges.status(stored, expectedVersion);
        requireVersion(plan, expectedVersion, changes);
        requireStatus(plan, plan.status().canMoveTo(PlanStatus.REVIEWED), "reviewed");
        requireConsent(actor, plan.pupilId(), refused);
        requireValid(reviews.problems(plan, input));
        Optional<Assessment> newAssessment = input.newAssessment()
                .map(kind -> reviewAssessment(actor, plan, kind, input.reviewedOn(), refused));
        List<TargetProgress> progress = new ArrayList<>();
        for (int i = 0; i < plan.targets().size(); i++) {
            Progress p = input.progress().get(i);
            progress.add(new TargetProgress(plan.targets().get(i).strand(), plan.targets().get(i).text(), p));
        }
        ActionPlan reviewed = withStatus(plan, PlanStatus.REVIEWED, plan.reviewDate(), actor);
        String detail = "plan " + planId + " reviewed on " + input.reviewedOn()
                + (input.startNewAssessment() ? "; new assessment requested" : "");
        // the plan, the review, the new draft and their audit entries stand or fall together
        return store.write(tx -> {
            ActionPlan saved = tx.plans().update(reviewed, expectedVersion)
                    .orElseThrow(() -> conflict(tx.plans().find(planId).orElseThrow(), changes));
            List<AuditEntry> entries = new ArrayList<>();
            Optional<Long> started = newAssessment.map(a -> tx.profiles().insert(a).id());
            started.ifPresent(id -> entries.add(audit.allowed(actor, Action.PROFILE_WRITE, saved.pupilId(),
                    "assessment " + id + ": started " + input.newAssessment().get().label().toLowerCase() + " dated "
                            + input.reviewedOn() + " at the review of plan " + planId)));
            tx.plans().addReview(planId, new PlanReview(0, input.reviewedOn(), actor.userId(), actor.displayName(),
                    progress, input.notes().strip(), input.startNewAssessment(), clock.instant(), started));
            entries.add(audit.allowed(actor, Action.PLAN_WRITE, saved.pupilId(),
                    detail + started.map(id -> " (assessment " + id + ")").orElse("")));
            tx.audit().append(entries);
            return tx.plans().find(planId).orElseThrow();
        });
    }

    /**
     * The draft a review starts: checked like any profile start (the right to record profiles and
     * parental consent for individual profiles, each refusal audited), reason naming the review.
     */
    private Assessment reviewAssessment(Actor actor, ActionPlan plan, ProfileKind kind, LocalDate on, String refused) {
        requireAccess(actor, Action.PROFILE_WRITE, plan.pupilId(), refused + ": no right to start a profile");
        try {
            consent.requireConsent(plan.pupilId(), ConsentScope.INDIVIDUAL_ASSESSMENT);
        } catch (ConsentRequiredException e) {
            AuditEntry denied = audit.denied(actor, Action.PROFILE_WRITE, plan.pupilId(),
                    refused + ": new " + kind.label().toLowerCase() + " needs parental consent for individual profiles");
            store.write(tx -> {
                tx.audit().append(List.of(denied));
                return null;
            });
            throw e;
        }
        ContentPack pack = content.current();
        Instant now = clock.instant();
        return new Assessment(0, plan.pupilId(), kind, "Started at the review on " + on + " of action plan " + plan.id(),
                AssessmentStatus.DRAFT, on, pack.id(), pack.version(), Map.of(), actor.userId(), actor.displayName(),
                now, actor.displayName(), Optional.empty(), 1);
    }

    @Override
    public ActionPlan get(Actor actor, long planId) {
        requireSomeReach(actor, Action.PLAN_READ, "plan " + planId);
        ActionPlan plan = findPlan(planId);
        requireAccess(actor, Action.PLAN_READ, plan.pupilId(), "plan " + planId);
        AuditEntry entry = audit.allowed(actor, Action.PLAN_READ, plan.pupilId(), "plan " + planId);
        // a write transaction: the read and its audit entry stand or fall together
        return store.write(tx -> {
            ActionPlan found = tx.plans().find(planId).orElseThrow(() -> notFound(planId));
            tx.audit().append(List.of(entry));
            return found;
        });
    }

    @Override
    public List<ActionPlan> plansOf(Actor actor, String pupilId) {
        requireAccess(actor, Action.PLAN_READ, pupilId, "action plans of the pupil");
        requireKnownPupil(pupilId);
        AuditEntry entry = audit.allowed(actor, Action.PLAN_READ, pupilId, "action plans of the pupil");
        return store.write(tx -> {
            List<ActionPlan> plans = tx.plans().ofPupil(pupilId);
            tx.audit().append(List.of(entry));
            return plans;
        });
    }

    /**
     * A status change with its checks: {@code from} are the statuses this step starts from, and
     * {@code gated} says whether it is new work needing consent.
     */
    private ActionPlan move(Actor actor, long planId, long expectedVersion, Set<PlanStatus> from, PlanStatus target,
            boolean gated, Optional<LocalDate> reviewDate, String done) {
        ActionPlan plan = planForWrite(actor, planId, "plan " + planId + " not " + done);
        Function<ActionPlan, List<String>> changes = stored -> PlanChanges.status(stored, expectedVersion);
        requireVersion(plan, expectedVersion, changes);
        requireStatus(plan, from.contains(plan.status()) && plan.status().canMoveTo(target), done);
        if (gated) {
            requireConsent(actor, plan.pupilId(), "plan " + planId + " not " + done);
        }
        ActionPlan moved = withStatus(plan, target, reviewDate.orElse(plan.reviewDate()), actor);
        return save(actor, moved, expectedVersion, changes, "plan " + planId + " " + done);
    }

    private ActionPlan save(Actor actor, ActionPlan changed, long expectedVersion,
            Function<ActionPlan, List<String>> changes, String detail) {
        return store.write(tx -> {
            // the version check again, in the transaction: another save may have landed since we read
            ActionPlan saved = tx.plans().update(changed, expectedVersion)
                    .orElseThrow(() -> conflict(tx.plans().find(changed.id()).orElseThrow(), changes));
            tx.audit().append(List.of(audit.allowed(actor, Action.PLAN_WRITE, saved.pupilId(), detail)));
            return saved;
        });
    }

    private ActionPlan planForWrite(Actor actor, long planId, String refusedDetail) {
        requireSomeReach(actor, Action.PLAN_WRITE, refusedDetail);
        ActionPlan plan = findPlan(planId);
        requireAccess(actor, Action.PLAN_WRITE, plan.pupilId(), refusedDetail);
        return plan;
    }

    private ActionPlan findPlan(long planId) {
        return store.read(tx -> tx.plans().find(planId)).orElseThrow(() -> notFound(planId));
    }

    private void requireAccess(Actor actor, Action action, String pupilId, String detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        if (!policy.permits(actor, action, pupilId)) {
            throw audit.refuse(actor, action, pupilId, detail, policy.refusal(actor, action, pupilId));
        }
    }

    /**
     * Refuses an actor none of whose roles allows the action at all before a plan id is looked up,
     * so such a caller cannot learn which plan ids exist (the refusal names no pupil).
     */
    private void requireSomeReach(Actor actor, Action action, String detail) {
        Objects.requireNonNull(actor, "actor");
        if (actor.roles().stream().noneMatch(r -> action.reachOf(r).isPresent())) {
            throw audit.refuse(actor, action, "", detail, policy.refusal(actor, action));
        }
    }

    /** The consent gate; a refusal is audited like any other, so attempts after a withdrawal are on record. */
    private void requireConsent(Actor actor, String pupilId, String detail) {
        try {
            consent.requireConsent(pupilId, ConsentScope.ACTION_PLAN);
        } catch (ConsentRequiredException e) {
            AuditEntry denied = audit.denied(actor, Action.PLAN_WRITE, pupilId, detail + ": no parental consent");
            store.write(tx -> {
                tx.audit().append(List.of(denied));
                return null;
            });
            throw e;
        }
    }

    private void requireKnownPupil(String pupilId) {
        if (pupils.pupil(pupilId).isEmpty()) {
            throw new NotFoundException("No pupil with id '" + pupilId
                    + "' is on roll in the MIS: open the pupil from the MIS pupil list and try again");
        }
    }

    private Assessment completedAssessment(Actor actor, String pupilId, long assessmentId) {
        Assessment assessment = assessments.get(actor, assessmentId);
        if (!assessment.pupilId().equals(pupilId)) {
            throw new ValidationException(List.of(new Problem("assessmentId", String.valueOf(assessmentId),
                    "Assessment " + assessmentId + " is not one of this pupil's: choose one from the pupil's profiles")));
        }
        if (assessment.status() != AssessmentStatus.COMPLETED) {
            throw new ValidationException(List.of(new Problem("assessmentId", String.valueOf(assessmentId),
                    "Assessment " + assessmentId + " is still a draft: complete it before making a plan from it")));
        }
        return assessment;
    }

    private static void requireVersion(ActionPlan plan, long expectedVersion,
            Function<ActionPlan, List<String>> changes) {
        if (plan.version() != expectedVersion) {
            throw conflict(plan, changes);
        }
    }

    private static void requireStatus(ActionPlan plan, boolean allowed, String verb) {
        if (!allowed) {
            String next = plan.status().next().stream().map(s -> s.label().toLowerCase()).toList().toString();
            throw new ValidationException(List.of(new Problem("status", plan.status().name(),
                    "This plan is " + plan.status().label().toLowerCase() + ", so it cannot be " + verb
                            + (plan.status().next().isEmpty() ? "" : " (it can become: " + next + ")"))));
        }
    }

    /** The draft's problems as entered, then any pack statement or activity it names that the pack lacks. */
    private List<Problem> problems(PlanDraft draft) {
        List<Problem> problems = new ArrayList<>(drafts.problems(draft));
        problems.addAll(PackReferences.problems(draft, content.current()));
        return problems;
    }

    private static void requireValid(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static ConflictException conflict(ActionPlan stored, Function<ActionPlan, List<String>> changes) {
        return new ConflictException(PLAN + " " + stored.id(), stored.version(), stored.updatedBy(),
                stored.updatedAt(), changes.apply(stored));
    }

    private static NotFoundException notFound(long planId) {
        return new NotFoundException("No action plan with id " + planId
                + ": it may have been removed; open the pupil's action plan tab to see their plans");
    }

    private ActionPlan withStatus(ActionPlan p, PlanStatus status, LocalDate reviewDate, Actor actor) {
        return new ActionPlan(p.id(), p.pupilId(), p.assessmentId(), status, p.targets(), p.activities(),
                p.relationalNotes(), p.ownerId(), p.ownerName(), p.startDate(), reviewDate, clock.instant(),
                actor.displayName(), p.version(), p.reviews(), p.imported());
    }

    /** Notes stripped, empty ones dropped, so "no note" is stored one way. */
    private static Map<RelationalFunction, String> notes(PlanDraft draft) {
        Map<RelationalFunction, String> notes = new LinkedHashMap<>();
        draft.relationalNotes().forEach((f, n) -> {
            if (!n.isBlank()) {
                notes.put(f, n.strip());
            }
        });
        return notes;
    }

    private static LocalDate reviewDate(PlanDraft draft) {
        return draft.reviewDate().orElse(ActionPlan.defaultReviewDate(draft.startDate()));
    }
}

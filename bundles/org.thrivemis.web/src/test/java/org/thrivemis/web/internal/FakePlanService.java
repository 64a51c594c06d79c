package org.thrivemis.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.plan.TargetProgress;

/**
 * Stands in for the plan service (the domain is outside the web's unit): plans in memory with
 * versions, the domain's answers the pages must handle (no consent, a stale version, no target,
 * a target without progress), and the calls made, for assertions.
 */
public final class FakePlanService implements ActionPlanService {
    /** The id of the draft a review that starts a profile "starts". */
    public static final long STARTED_ASSESSMENT = 99;

    public static final Instant AT = Instant.parse("2026-03-10T10:00:00Z");
    public static final Target GAP = new Target(Strand.BEING, Optional.of("being-02"), "Lets an adult help them settle");
    public static final PlanActivity SCHOOL = new PlanActivity(ActivitySetting.SCHOOL, Optional.of("being-s1"),
            "Meet and greet: a trusted adult greets the child each morning");
    public static final PlanActivity HOME = new PlanActivity(ActivitySetting.HOME, Optional.of("being-h1"),
            "Bedtime story: read together in a calm place");

    public final Map<Long, ActionPlan> plans = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();
    public boolean noConsent;
    public PlanDraft lastDraft;
    private long nextId = 1;

    /** Stores a plan as if made earlier; returns it with its id and version 1. */
    public ActionPlan seed(String pupilId, PlanStatus status, LocalDate reviewDate) {
        ActionPlan p = new ActionPlan(nextId++, pupilId, 7, status, List.of(GAP), List.of(SCHOOL, HOME), Map.of(),
                "S-PRA", "Pat Practitioner", reviewDate.minusWeeks(8), reviewDate, AT, "Pat Practitioner", 1, List.of());
        plans.put(p.id(), p);
        return p;
    }

    @Override
    public PlanSuggestions suggestions(Actor actor, String pupilId, long assessmentId) {
        calls.add("suggestions " + assessmentId);
        gate(pupilId);
        return new PlanSuggestions(pupilId, assessmentId, List.of(GAP), List.of(SCHOOL, HOME), true);
    }

    @Override
    public ActionPlan create(Actor actor, String pupilId, long assessmentId, PlanDraft draft) {
        calls.add("create " + assessmentId);
        gate(pupilId);
        check(draft);
        lastDraft = draft;
        ActionPlan p = new ActionPlan(nextId++, pupilId, assessmentId, PlanStatus.DRAFT, draft.targets(),
                draft.activities(), draft.relationalNotes(), actor.userId(), actor.displayName(), draft.startDate(),
                draft.reviewDate().orElse(ActionPlan.defaultReviewDate(draft.startDate())), AT, actor.displayName(), 1,
                List.of());
        plans.put(p.id(), p);
        return p;
    }

    @Override
    public ActionPlan update(Actor actor, long planId, long expectedVersion, PlanDraft draft) {
        calls.add("update " + planId + " v" + expectedVersion);
        ActionPlan p = current(planId, expectedVersion);
        gate(p.pupilId());
        check(draft);
        lastDraft = draft;
        return put(new ActionPlan(p.id(), p.pupilId(), p.assessmentId(), p.status(), draft.targets(), draft.activities(),
                draft.relationalNotes(), p.ownerId(), p.ownerName(), draft.startDate(),
                draft.reviewDate().orElse(ActionPlan.defaultReviewDate(draft.startDate())), AT, actor.displayName(),
                p.version() + 1, p.reviews()));
    }

    @Override
    public ActionPlan activate(Actor actor, long planId, long expectedVersion) {
        calls.add("activate " + planId + " v" + expectedVersion);
        ActionPlan p = current(planId, expectedVersion);
        gate(p.pupilId());
        return put(with(p, PlanStatus.ACTIVE, p.reviews()));
    }

    @Override
    public ActionPlan review(Actor actor, long planId, long expectedVersion, ReviewInput review) {
        calls.add("review " + planId + " v" + expectedVersion + review.newAssessment().map(k -> " " + k).orElse(""));
        ActionPlan p = current(planId, expectedVersion);
        gate(p.pupilId());
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < p.targets().size(); i++) {
            if (!review.progress().containsKey(i)) {
                problems.add(new Problem("progress[" + i + "]", "", "Select the progress made towards target " + (i + 1)));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<PlanReview> reviews = new ArrayList<>(p.reviews());
        reviews.add(new PlanReview(reviews.size() + 1, review.reviewedOn(), actor.userId(), actor.displayName(),
                List.of(new TargetProgress(p.targets().get(0).strand(), p.targets().get(0).text(),
                        review.progress().get(0))), review.notes(), review.startNewAssessment(), AT,
                review.newAssessment().map(kind -> STARTED_ASSESSMENT)));
        return put(with(p, PlanStatus.REVIEWED, reviews));
    }

    @Override
    public ActionPlan continuePlan(Actor actor, long planId, long expectedVersion, Optional<LocalDate> reviewDate) {
        calls.add("continue " + planId + " v" + expectedVersion);
        ActionPlan p = current(planId, expectedVersion);
        gate(p.pupilId());
        return put(with(p, PlanStatus.ACTIVE, p.reviews()));
    }

    @Override
    public ActionPlan close(Actor actor, long planId, long expectedVersion) {
        calls.add("close " + planId + " v" + expectedVersion);
        return put(with(current(planId, expectedVersion), PlanStatus.CLOSED, current(planId, expectedVersion).reviews()));
    }

    @Override
    public ActionPlan get(Actor actor, long planId) {
        calls.add("get " + planId);
        return find(planId);
    }

    @Override
    public List<ActionPlan> plansOf(Actor actor, String pupilId) {
        calls.add("plansOf " + pupilId);
        return plans.values().stream().filter(p -> p.pupilId().equals(pupilId))
                .sorted(Comparator.comparingLong(ActionPlan::id).reversed()).toList();
    }

    private ActionPlan find(long planId) {
        ActionPlan p = plans.get(planId);
        if (p == null) {
            throw new NotFoundException("No action plan with id " + planId);
        }
        return p;
    }

    private ActionPlan current(long planId, long expectedVersion) {
        ActionPlan p = find(planId);
        if (p.version() != expectedVersion) {
            throw new ConflictException("Action plan " + planId, p.version(), p.updatedBy(), p.updatedAt(),
                    List.of("review date is now " + p.reviewDate()));
        }
        return p;
    }

    private void gate(String pupilId) {
        if (noConsent) {
            throw new ConsentRequiredException(pupilId, ConsentScope.ACTION_PLAN, ConsentState.WITHDRAWN);
        }
    }

    private static void check(PlanDraft draft) {
        if (draft.targets().isEmpty()) {
            throw new ValidationException(List.of(new Problem("targets", "", "Select or write at least one target")));
        }
    }

    private ActionPlan put(ActionPlan p) {
        plans.put(p.id(), p);
        return p;
    }

    private static ActionPlan with(ActionPlan p, PlanStatus status, List<PlanReview> reviews) {
        return new ActionPlan(p.id(), p.pupilId(), p.assessmentId(), status, p.targets(), p.activities(),
                p.relationalNotes(), p.ownerId(), p.ownerName(), p.startDate(), p.reviewDate(), AT, "Sam Senior",
                p.version() + 1, reviews);
    }
}

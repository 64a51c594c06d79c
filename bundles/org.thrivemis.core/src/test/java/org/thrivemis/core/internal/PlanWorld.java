package org.thrivemis.core.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;
import org.thrivemis.core.internal.plan.ActionPlanServiceImpl;

/**
 * The plan service over the fakes: FakeSchool (today is 10 March 2025), an in-memory plan store, a
 * consent gate (Amy has consent for action plans; Ben has none) and the fake assessments and pack.
 */
final class PlanWorld {
    final InMemoryPlanStore store = new InMemoryPlanStore();
    final FakeSchool school = new FakeSchool();
    final FakeConsentGate consent = new FakeConsentGate();
    final FakeAssessments assessments = new FakeAssessments();
    final ActionPlanServiceImpl service = new ActionPlanServiceImpl(store, school, school, consent, assessments,
            assessments, FakeSchool.CLOCK);

    PlanWorld() {
        consent.set(FakeSchool.AMY, ConsentState.GIVEN);
        consent.setIndividual(FakeSchool.AMY, ConsentState.GIVEN);
    }

    /** A valid draft: one target from a gap, one school and one home activity, an attune note. */
    static PlanDraft draft() {
        return new PlanDraft(
                List.of(new Target(Strand.BEING, Optional.of("being-02"), "Lets an adult help them settle")),
                List.of(new PlanActivity(ActivitySetting.SCHOOL, Optional.of("being-s1"), "Meet and greet"),
                        new PlanActivity(ActivitySetting.HOME, Optional.empty(), "Share a story at bedtime")),
                Map.of(RelationalFunction.ATTUNE, "Notice when Amy goes quiet"), FakeSchool.TODAY, Optional.empty());
    }

    /** Amy's plan, created from her completed assessment by the practitioner. */
    ActionPlan amysDraftPlan() {
        return service.create(FakeSchool.PRACTITIONER, FakeSchool.AMY, FakeAssessments.AMY_COMPLETED, draft());
    }

    ActionPlan amysActivePlan() {
        ActionPlan draft = amysDraftPlan();
        return service.activate(FakeSchool.PRACTITIONER, draft.id(), draft.version());
    }

    static PlanDraft withReviewDate(PlanDraft d, LocalDate review) {
        return new PlanDraft(d.targets(), d.activities(), d.relationalNotes(), d.startDate(), Optional.of(review));
    }
}

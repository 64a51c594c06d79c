package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.Target;

/** A plan's suggestions come from the assessment's gaps and the pack's activities for those strands. */
class PlanSuggestionsTest {
    private final PlanWorld world = new PlanWorld();

    @Test
    void eachGapIsACandidateTargetAndTheGapStrandsActivitiesAreCandidates() {
        PlanSuggestions s = world.service.suggestions(PRACTITIONER, AMY, FakeAssessments.AMY_COMPLETED);

        assertEquals(List.of(new Target(Strand.BEING, Optional.of("being-02"), "Lets an adult help them settle"),
                new Target(Strand.DOING, Optional.of("doing-01"), "Tries new things with support")), s.targets());
        assertEquals(List.of(
                new PlanActivity(ActivitySetting.SCHOOL, Optional.of("being-s1"),
                        "Meet and greet: A trusted adult greets the child by name each morning"),
                new PlanActivity(ActivitySetting.HOME, Optional.of("being-h1"),
                        "Bedtime story: Read together in a calm place before bed"),
                new PlanActivity(ActivitySetting.SCHOOL, Optional.of("doing-s1"),
                        "Sensory tray: Explore a tray of sand and water together")),
                s.activities(), "Thinking has no gaps, so its activity is not suggested");
        assertTrue(s.samplePack());
        assertEquals("plan suggestions from assessment 7", world.store.audit().get(0).detail());
    }

    @Test
    void aStatementOrActivityTheContentPackDoesNotHaveIsRefused() {
        PlanDraft stale = new PlanDraft(
                List.of(new Target(Strand.BEING, Optional.of("being-99"), "A gap from another pack")),
                List.of(new PlanActivity(ActivitySetting.HOME, Optional.of("gone-h1"), "Old activity")), Map.of(),
                FakeSchool.TODAY, Optional.empty());

        ValidationException e = assertThrows(ValidationException.class,
                () -> world.service.create(PRACTITIONER, AMY, FakeAssessments.AMY_COMPLETED, stale));

        assertEquals(List.of("targets[0].statementId", "activities[0].activityId"),
                e.problems().stream().map(p -> p.field()).toList());
        assertEquals("Target 1 names statement being-99, which is not in the content pack Test pack: choose the"
                + " target again from the suggestions, or write it as your own", e.problems().get(0).message());
        assertEquals(List.of(), world.store.plans());
    }

    @Test
    void aDraftAssessmentIsRefusedAsTheSourceOfAPlan() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> world.service.create(PRACTITIONER, AMY, FakeAssessments.AMY_DRAFT, PlanWorld.draft()));

        assertEquals("Assessment 8 is still a draft: complete it before making a plan from it",
                e.problems().get(0).message());
        assertEquals(List.of(), world.store.plans());
    }

    @Test
    void anotherPupilsAssessmentIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> world.service.create(PRACTITIONER, AMY, FakeAssessments.BEN_COMPLETED, PlanWorld.draft()));

        assertEquals("assessmentId", e.problems().get(0).field());
        assertEquals(List.of(), world.store.plans());
    }
}

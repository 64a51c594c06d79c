package org.thrivemis.core.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;

/** A plan as entered: every problem at once, in the form's order, saying what to do. */
class PlanDraftValidatorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private final PlanDraftValidator validator = new PlanDraftValidator(
            Clock.fixed(Instant.parse("2025-03-10T09:30:00Z"), ZoneId.of("Europe/London")));

    @Test
    void aCompleteDraftHasNoProblems() {
        PlanDraft ok = new PlanDraft(List.of(new Target(Strand.BEING, Optional.empty(), "Settles with an adult")),
                List.of(), Map.of(), TODAY, Optional.empty());

        assertEquals(List.of(), validator.problems(ok));
    }

    @Test
    void reportsEveryProblemInFieldOrder() {
        PlanDraft bad = new PlanDraft(
                List.of(new Target(Strand.BEING, Optional.empty(), " "),
                        new Target(Strand.DOING, Optional.empty(), "x".repeat(1001))),
                List.of(new PlanActivity(ActivitySetting.HOME, Optional.empty(), "")),
                Map.of(RelationalFunction.CONTAIN, "y".repeat(2001)), TODAY, Optional.of(TODAY));

        List<Problem> problems = validator.problems(bad);

        assertEquals(List.of("targets[0].text", "targets[1].text", "activities[0].text", "relationalNotes.CONTAIN",
                "reviewDate"), problems.stream().map(Problem::field).toList());
        assertEquals("Enter target 1", problems.get(0).message());
        assertEquals("Target 2 must be 1000 characters or fewer", problems.get(1).message());
        assertEquals("Enter what to do for home activity 1, or remove it", problems.get(2).message());
        assertEquals("Contain notes must be 2000 characters or fewer", problems.get(3).message());
        assertEquals("Review date must be after the start date", problems.get(4).message());
    }

    @Test
    void aPlanNeedsATargetAndASensibleStartDate() {
        PlanDraft bad = new PlanDraft(List.of(), List.of(), Map.of(), LocalDate.of(1999, 12, 31), Optional.empty());

        assertEquals(List.of(new Problem("targets", "", "Select or write at least one target"),
                new Problem("startDate", "1999-12-31", "Start date must be on or after 1 January 2000")),
                validator.problems(bad));
    }
}

package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;
import static org.thrivemis.core.internal.FakeSchool.SENIOR_LEAD;
import static org.thrivemis.core.internal.FakeSchool.TODAY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.ReviewInput;

/** A plan through Plan-Do-Review: created as a draft, activated, reviewed, continued, closed. */
class PlanLifecycleTest {
    private final PlanWorld world = new PlanWorld();

    @Test
    void aNewPlanIsADraftOwnedByItsCreatorWithTheReviewEightWeeksAfterTheStart() {
        ActionPlan plan = world.amysDraftPlan();

        assertEquals(PlanStatus.DRAFT, plan.status());
        assertEquals(1, plan.version());
        assertEquals(PRACTITIONER.userId(), plan.ownerId());
        assertEquals(LocalDate.of(2025, 5, 5), plan.reviewDate(), "10 March + 8 weeks");
        assertEquals(FakeAssessments.AMY_COMPLETED, plan.assessmentId());
        assertEquals(List.of("Meet and greet"), plan.schoolActivities().stream().map(a -> a.text()).toList());
        assertEquals(List.of("Share a story at bedtime"), plan.homeActivities().stream().map(a -> a.text()).toList());
    }

    @Test
    void aReviewDateGivenIsKept() {
        ActionPlan plan = world.service.create(PRACTITIONER, AMY, FakeAssessments.AMY_COMPLETED,
                PlanWorld.withReviewDate(PlanWorld.draft(), LocalDate.of(2025, 4, 1)));

        assertEquals(LocalDate.of(2025, 4, 1), plan.reviewDate());
    }

    @Test
    void theWholeCycleRecordsProgressAndKeepsTheHistory() {
        ActionPlan active = world.amysActivePlan();
        assertEquals(PlanStatus.ACTIVE, active.status());

        ActionPlan reviewed = world.service.review(SENIOR_LEAD, active.id(), active.version(),
                new ReviewInput(TODAY, Map.of(0, Progress.GOOD), "Settles faster after break", true));
        assertEquals(PlanStatus.REVIEWED, reviewed.status());
        assertEquals(1, reviewed.reviews().size());
        assertEquals(Progress.GOOD, reviewed.reviews().get(0).progress().get(0).progress());
        assertEquals("Lets an adult help them settle", reviewed.reviews().get(0).progress().get(0).target());
        assertTrue(reviewed.reviews().get(0).newAssessmentRequested());
        assertEquals("Sam Senior", reviewed.reviews().get(0).reviewerName());

        ActionPlan continued = world.service.continuePlan(PRACTITIONER, reviewed.id(), reviewed.version(),
                Optional.empty());
        assertEquals(PlanStatus.ACTIVE, continued.status());
        assertEquals(TODAY.plusWeeks(8), continued.reviewDate(), "next cycle: 8 weeks from today");

        ActionPlan closed = world.service.close(PRACTITIONER, continued.id(), continued.version());
        assertEquals(PlanStatus.CLOSED, closed.status());
        assertEquals(List.of(closed), world.service.plansOf(PRACTITIONER, AMY));
        assertEquals(1, world.service.get(PRACTITIONER, closed.id()).reviews().size(), "reviews stay readable");
    }

    @Test
    void everyStepIsAuditedAsAllowedWithThePupil() {
        ActionPlan active = world.amysActivePlan();
        world.service.get(PRACTITIONER, active.id());

        List<String> details = world.store.audit().stream().map(AuditEntry::detail).toList();
        assertEquals(List.of("plan 1 created from assessment 7", "plan 1 activated", "plan 1"), details);
        assertTrue(world.store.audit().stream().allMatch(e -> e.outcome() == AuditOutcome.ALLOWED
                && e.pupilId().equals(AMY)));
        assertEquals(List.of("plan.write", "plan.write", "plan.read"),
                world.store.audit().stream().map(AuditEntry::action).toList());
    }

    @Test
    void aDraftCannotBeReviewedOrContinued() {
        ActionPlan draft = world.amysDraftPlan();

        ValidationException review = assertThrows(ValidationException.class, () -> world.service.review(PRACTITIONER,
                draft.id(), draft.version(), new ReviewInput(TODAY, Map.of(0, Progress.SOME), "", false)));
        assertEquals("This plan is draft, so it cannot be reviewed (it can become: [active, closed])",
                review.problems().get(0).message());
        assertThrows(ValidationException.class,
                () -> world.service.continuePlan(PRACTITIONER, draft.id(), draft.version(), Optional.empty()));
        assertEquals(PlanStatus.DRAFT, world.store.plans().get(0).status());
    }

    @Test
    void aClosedPlanCannotBeChangedReopenedOrClosedAgain() {
        ActionPlan draft = world.amysDraftPlan();
        ActionPlan closed = world.service.close(PRACTITIONER, draft.id(), draft.version());

        assertThrows(ValidationException.class,
                () -> world.service.update(PRACTITIONER, closed.id(), closed.version(), PlanWorld.draft()));
        assertThrows(ValidationException.class,
                () -> world.service.activate(PRACTITIONER, closed.id(), closed.version()));
        assertThrows(ValidationException.class, () -> world.service.close(PRACTITIONER, closed.id(), closed.version()));
        assertEquals(closed, world.store.plans().get(0));
    }

    @Test
    void aReviewNeedsProgressForEveryTargetAndADateNotInTheFuture() {
        ActionPlan active = world.amysActivePlan();

        ValidationException e = assertThrows(ValidationException.class, () -> world.service.review(PRACTITIONER,
                active.id(), active.version(), new ReviewInput(TODAY.plusDays(1), Map.of(), "", false)));

        assertEquals(List.of("reviewedOn", "progress[0]"), e.problems().stream().map(p -> p.field()).toList());
        assertEquals("Select the progress made towards target 1: Lets an adult help them settle",
                e.problems().get(1).message());
        assertEquals(PlanStatus.ACTIVE, world.store.plans().get(0).status());
    }

    @Test
    void anActivePlanCanBeEditedAndKeepsItsStatus() {
        ActionPlan active = world.amysActivePlan();

        ActionPlan edited = world.service.update(SENIOR_LEAD, active.id(), active.version(),
                PlanWorld.withReviewDate(PlanWorld.draft(), LocalDate.of(2025, 4, 28)));

        assertEquals(PlanStatus.ACTIVE, edited.status());
        assertEquals(LocalDate.of(2025, 4, 28), edited.reviewDate());
        assertEquals("Sam Senior", edited.updatedBy());
        assertEquals(PRACTITIONER.userId(), edited.ownerId(), "editing does not change the owner");
        assertFalse(edited.reviewOverdue(TODAY));
        assertTrue(edited.reviewOverdue(LocalDate.of(2025, 4, 29)));
    }
}

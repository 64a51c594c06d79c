package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;
import static org.thrivemis.core.internal.FakeSchool.SENIOR_LEAD;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanDraft;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;

/** Two people editing one plan: the second save is refused with what changed; nothing is overwritten. */
class PlanConflictTest {
    private final PlanWorld world = new PlanWorld();

    @Test
    void aSaveOnAStaleVersionIsRefusedNamingWhatTheOtherPersonChanged() {
        ActionPlan opened = world.amysDraftPlan();
        PlanDraft theirs = PlanWorld.withReviewDate(PlanWorld.draft(), LocalDate.of(2025, 4, 14));
        ActionPlan saved = world.service.update(SENIOR_LEAD, opened.id(), opened.version(), theirs);

        PlanDraft mine = new PlanDraft(List.of(new Target(Strand.DOING, Optional.empty(), "Tries the climbing frame")),
                PlanWorld.draft().activities(), PlanWorld.draft().relationalNotes(), FakeSchool.TODAY, Optional.empty());
        ConflictException e = assertThrows(ConflictException.class,
                () -> world.service.update(PRACTITIONER, opened.id(), opened.version(), mine));

        assertEquals(2, e.currentVersion());
        assertEquals("Sam Senior", e.changedBy());
        assertTrue(e.changes().contains("targets are now: Lets an adult help them settle"), e.changes().toString());
        assertTrue(e.changes().contains("review date is now 2025-04-14"), e.changes().toString());
        assertEquals(List.of(saved), world.store.plans(), "the other person's save stands");
    }

    @Test
    void aStaleActivationIsRefusedAndSaysTheStatusNow() {
        ActionPlan opened = world.amysDraftPlan();
        world.service.close(SENIOR_LEAD, opened.id(), opened.version());

        ConflictException e = assertThrows(ConflictException.class,
                () -> world.service.activate(PRACTITIONER, opened.id(), opened.version()));

        assertEquals("the plan is now closed (version 2; you opened version 1)", e.changes().get(0));
        assertEquals(PlanStatus.CLOSED, world.store.plans().get(0).status());
    }

    @Test
    void aSaveThatLandsBetweenTheCheckAndTheWriteIsStillRefused() {
        ActionPlan opened = world.amysDraftPlan();
        // the other person's save lands after our version check, just before our transaction
        world.store.beforeNextWrite = () -> world.service.close(SENIOR_LEAD, opened.id(), opened.version());

        assertThrows(ConflictException.class, () -> world.service.activate(PRACTITIONER, opened.id(), opened.version()));

        assertEquals(PlanStatus.CLOSED, world.store.plans().get(0).status());
        assertEquals(2, world.store.plans().get(0).version());
    }
}

package org.thrivemis.api.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The Plan-Do-Review cycle: which moves are allowed. */
class PlanStatusTest {

    @Test
    void theAllowedMovesAreExactlyThoseOfPlanDoReview() {
        assertEquals(EnumSet.of(PlanStatus.ACTIVE, PlanStatus.CLOSED), PlanStatus.DRAFT.next());
        assertEquals(EnumSet.of(PlanStatus.REVIEWED, PlanStatus.CLOSED), PlanStatus.ACTIVE.next());
        assertEquals(EnumSet.of(PlanStatus.ACTIVE, PlanStatus.CLOSED), PlanStatus.REVIEWED.next(),
                "after a review the plan continues or closes");
        assertEquals(Set.of(), PlanStatus.CLOSED.next());
    }

    @Test
    void aDraftCannotSkipToReviewedAndNothingReturnsToDraft() {
        assertFalse(PlanStatus.DRAFT.canMoveTo(PlanStatus.REVIEWED));
        for (PlanStatus s : PlanStatus.values()) {
            assertFalse(s.canMoveTo(PlanStatus.DRAFT), s + " -> DRAFT");
            assertFalse(s.canMoveTo(s), s + " -> itself");
        }
        assertTrue(PlanStatus.REVIEWED.canMoveTo(PlanStatus.ACTIVE));
    }

    @Test
    void onlyDraftsAndActivePlansAreEditable() {
        assertTrue(PlanStatus.DRAFT.editable());
        assertTrue(PlanStatus.ACTIVE.editable());
        assertFalse(PlanStatus.REVIEWED.editable());
        assertFalse(PlanStatus.CLOSED.editable());
    }
}

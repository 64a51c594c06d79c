package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.BEN;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;
import static org.thrivemis.core.internal.FakeSchool.TODAY;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.ReviewInput;

/** The consent gate in the domain: no new plan work without current consent; history stays readable. */
class PlanConsentGateTest {
    private final PlanWorld world = new PlanWorld();

    @Test
    void withoutConsentNoPlanIsCreatedAndTheRefusalIsAudited() {
        ConsentRequiredException e = assertThrows(ConsentRequiredException.class,
                () -> world.service.create(PRACTITIONER, BEN, FakeAssessments.BEN_COMPLETED, PlanWorld.draft()));

        assertEquals(ConsentScope.ACTION_PLAN, e.scope());
        assertEquals(List.of(), world.store.plans());
        AuditEntry denied = world.store.audit().get(0);
        assertEquals(AuditOutcome.DENIED, denied.outcome());
        assertEquals(BEN, denied.pupilId());
        assertEquals("plan not created: no parental consent", denied.detail());
        assertThrows(ConsentRequiredException.class,
                () -> world.service.suggestions(PRACTITIONER, BEN, FakeAssessments.BEN_COMPLETED));
    }

    @Test
    void aWithdrawalAfterActivationBlocksNewWorkFromThatMoment() {
        ActionPlan active = world.amysActivePlan();
        world.consent.set(AMY, ConsentState.WITHDRAWN);

        assertThrows(ConsentRequiredException.class,
                () -> world.service.update(PRACTITIONER, active.id(), active.version(), PlanWorld.draft()));
        assertThrows(ConsentRequiredException.class, () -> world.service.review(PRACTITIONER, active.id(),
                active.version(), new ReviewInput(TODAY, Map.of(0, Progress.SOME), "", false)));
        assertThrows(ConsentRequiredException.class,
                () -> world.service.create(PRACTITIONER, AMY, FakeAssessments.AMY_COMPLETED, PlanWorld.draft()));
        assertEquals(List.of(active), world.store.plans(), "nothing changed");
    }

    @Test
    void afterAWithdrawalTheHistoryStaysReadableAndThePlanCanBeClosed() {
        ActionPlan active = world.amysActivePlan();
        world.consent.set(AMY, ConsentState.WITHDRAWN);

        assertEquals(List.of(active), world.service.plansOf(PRACTITIONER, AMY));
        assertEquals(active, world.service.get(PRACTITIONER, active.id()));
        ActionPlan closed = assertDoesNotThrow(() -> world.service.close(PRACTITIONER, active.id(), active.version()));
        assertEquals(PlanStatus.CLOSED, closed.status());
    }

    @Test
    void aReviewedPlanIsNotContinuedAfterAWithdrawal() {
        ActionPlan active = world.amysActivePlan();
        ActionPlan reviewed = world.service.review(PRACTITIONER, active.id(), active.version(),
                new ReviewInput(TODAY, Map.of(0, Progress.ACHIEVED), "", false));
        world.consent.set(AMY, ConsentState.WITHDRAWN);

        assertThrows(ConsentRequiredException.class,
                () -> world.service.continuePlan(PRACTITIONER, reviewed.id(), reviewed.version(), Optional.empty()));
        assertEquals(PlanStatus.REVIEWED, world.store.plans().get(0).status());
    }
}

package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.impact.PlanPeriod;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.core.internal.impact.ImpactPlansImpl;

/** Who sees which plan periods for the impact evaluation, how a period ends, and what is audited. */
class ImpactPlansTest {
    private final InMemoryPlanStore store = new InMemoryPlanStore();
    private final FakeSchool school = new FakeSchool();
    private final ImpactPlansImpl impact = new ImpactPlansImpl(store, school, FakeSchool.CLOCK);
    private final List<String> everyone = List.of(FakeSchool.AMY, FakeSchool.BEN, FakeSchool.CAL, FakeSchool.DEV);

    @Test
    void aSeniorLeadSeesEveryPupilDraftsLeftOutAndAClosedPlanEndsTheDayItWasClosed() {
        plan(FakeSchool.AMY, PlanStatus.CLOSED, LocalDate.of(2024, 11, 4), Instant.parse("2025-01-24T15:00:00Z"));
        plan(FakeSchool.AMY, PlanStatus.DRAFT, LocalDate.of(2025, 3, 3), Instant.parse("2025-03-01T15:00:00Z"));
        plan(FakeSchool.BEN, PlanStatus.ACTIVE, LocalDate.of(2025, 2, 3), Instant.parse("2025-02-01T15:00:00Z"));

        Map<String, List<PlanPeriod>> periods = impact.planPeriods(FakeSchool.SENIOR_LEAD, everyone);

        assertEquals(Set.copyOf(everyone), periods.keySet());
        PlanPeriod amy = periods.get(FakeSchool.AMY).get(0);
        assertEquals(1, periods.get(FakeSchool.AMY).size(), "the draft does not count");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 24)), amy.end());
        assertTrue(amy.closed());
        assertEquals(Optional.empty(), periods.get(FakeSchool.BEN).get(0).end(), "still running");
        assertEquals(List.of(), periods.get(FakeSchool.CAL), "no plan: the comparison group");
        assertEquals(4, store.audit().stream().filter(e -> e.action().equals("impact.read")
                && e.outcome() == AuditOutcome.ALLOWED).count());
    }

    @Test
    void aTeacherSeesTheirClassAndTheRestIsAuditedAsOneRefusal() {
        plan(FakeSchool.CAL, PlanStatus.ACTIVE, LocalDate.of(2025, 2, 3), Instant.parse("2025-02-01T15:00:00Z"));

        Map<String, List<PlanPeriod>> periods = impact.planPeriods(FakeSchool.OAK_TEACHER, everyone);

        assertEquals(Set.of(FakeSchool.AMY, FakeSchool.BEN), periods.keySet(), "Dev left Oak in February");
        assertEquals(List.of("P-AMY:ALLOWED", "P-BEN:ALLOWED", ":DENIED"),
                store.audit().stream().map(e -> e.pupilId() + ":" + e.outcome()).toList());
    }

    @Test
    void officeStaffAreRefusedAndTheRefusalIsAudited() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> impact.planPeriods(FakeSchool.OFFICE, everyone));
        assertTrue(e.getMessage().contains("Senior lead"), e.getMessage());
        assertEquals(1, store.audit().size());
        assertEquals(AuditOutcome.DENIED, store.audit().get(0).outcome());
    }

    private void plan(String pupil, PlanStatus status, LocalDate start, Instant savedAt) {
        store.write(tx -> tx.plans().insert(new ActionPlan(0, pupil, 1, status, List.of(), List.of(), Map.of(),
                "S-PRA", "Pat", start, ActionPlan.defaultReviewDate(start), savedAt, "Pat", 1, List.of())));
    }
}

package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.FakeSchool.ADMIN;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.ASH_TEACHER;
import static org.thrivemis.core.internal.FakeSchool.OAK_TEACHER;
import static org.thrivemis.core.internal.FakeSchool.OFFICE;
import static org.thrivemis.core.internal.FakeSchool.PRACTITIONER;
import static org.thrivemis.core.internal.FakeSchool.SENIOR_LEAD;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.plan.ActionPlan;

/**
 * Who may read and write Amy's plans (Amy is in Year 3 Oak): practitioners and senior leads read
 * and write; Oak's teacher reads; Ash's teacher, office staff and admins do neither. Every refusal is
 * audited and changes nothing.
 */
class PlanAccessTest {

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(PRACTITIONER, true, true),
                Arguments.of(SENIOR_LEAD, true, true),
                Arguments.of(OAK_TEACHER, true, false),
                Arguments.of(ASH_TEACHER, false, false),
                Arguments.of(OFFICE, false, false),
                Arguments.of(ADMIN, false, false));
    }

    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @MethodSource("matrix")
    void readAccess(Actor actor, boolean mayRead, boolean mayWrite) {
        PlanWorld world = new PlanWorld();
        ActionPlan plan = world.amysDraftPlan();
        int before = world.store.audit().size();

        if (mayRead) {
            assertEquals(List.of(plan), world.service.plansOf(actor, AMY));
            assertEquals(plan, world.service.get(actor, plan.id()));
            assertEquals(List.of(AuditOutcome.ALLOWED, AuditOutcome.ALLOWED), outcomesSince(world, before));
        } else {
            assertThrows(AccessDeniedException.class, () -> world.service.plansOf(actor, AMY));
            assertThrows(AccessDeniedException.class, () -> world.service.get(actor, plan.id()));
            assertEquals(List.of(AuditOutcome.DENIED, AuditOutcome.DENIED), outcomesSince(world, before));
        }
    }

    @ParameterizedTest(name = "{0}: read {1}, write {2}")
    @MethodSource("matrix")
    void writeAccess(Actor actor, boolean mayRead, boolean mayWrite) {
        PlanWorld world = new PlanWorld();
        ActionPlan plan = world.amysDraftPlan();
        int before = world.store.audit().size();

        if (mayWrite) {
            assertDoesNotThrow(() -> world.service.activate(actor, plan.id(), plan.version()));
            assertEquals(List.of(AuditOutcome.ALLOWED), outcomesSince(world, before));
        } else {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> world.service.activate(actor, plan.id(), plan.version()));
            assertThrows(AccessDeniedException.class,
                    () -> world.service.create(actor, AMY, FakeAssessments.AMY_COMPLETED, PlanWorld.draft()));
            assertEquals(List.of(AuditOutcome.DENIED, AuditOutcome.DENIED), outcomesSince(world, before));
            assertEquals(List.of(plan), world.store.plans(), "a refusal changes nothing");
            assertEquals(0, world.assessments.getCalls - 1, "a refused create does not even read the assessment");
            if (actor == OAK_TEACHER) {
                assertEquals("Your Thrive role (Teacher) does not let you create or change action plans."
                        + " It needs one of: Thrive practitioner, Senior lead.", e.getMessage());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aRoleWithoutAnyPlanAccessCannotProbeWhichPlanIdsExist() {
        PlanWorld world = new PlanWorld();
        ActionPlan plan = world.amysDraftPlan();

        AccessDeniedException existing = assertThrows(AccessDeniedException.class,
                () -> world.service.get(OFFICE, plan.id()));
        AccessDeniedException missing = assertThrows(AccessDeniedException.class, () -> world.service.get(OFFICE, 999));

        assertEquals(existing.getMessage(), missing.getMessage());
        assertEquals("", world.store.audit().get(world.store.audit().size() - 1).pupilId(), "the refusal names no pupil");
        assertThrows(AccessDeniedException.class, () -> world.service.close(ADMIN, 999, 1));
    }

    private static List<AuditOutcome> outcomesSince(PlanWorld world, int before) {
        List<AuditEntry> all = world.store.audit();
        return all.subList(before, all.size()).stream().map(AuditEntry::outcome).toList();
    }
}

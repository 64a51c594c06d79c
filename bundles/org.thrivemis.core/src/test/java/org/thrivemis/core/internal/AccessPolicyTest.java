package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.ADMIN;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.ASH_TEACHER;
import static org.thrivemis.core.internal.FakeSchool.BEN;
import static org.thrivemis.core.internal.FakeSchool.CAL;
import static org.thrivemis.core.internal.FakeSchool.DEV;
import static org.thrivemis.core.internal.FakeSchool.OAK_TEACHER;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;

class AccessPolicyTest {
    private final FakeSchool school = new FakeSchool();
    private final AccessPolicy policy = new AccessPolicy(school, FakeSchool.CLOCK);

    private static final Map<String, Actor> ACTORS = Map.of(
            "OFFICE", FakeSchool.OFFICE,
            "TEACHER_OF_AMYS_CLASS", OAK_TEACHER,
            "TEACHER_OF_ANOTHER_CLASS", ASH_TEACHER,
            "PRACTITIONER", FakeSchool.PRACTITIONER,
            "SENIOR_LEAD", FakeSchool.SENIOR_LEAD,
            "ADMIN", ADMIN);

    /** Every role against every action, for Amy, who is in Year 3 Oak. */
    @ParameterizedTest(name = "{0} may {1}: {2}")
    @CsvSource({
            "OFFICE,                   CONSENT_READ,   true",
            "OFFICE,                   CONSENT_RECORD, true",
            "OFFICE,                   AUDIT_SEARCH,   false",
            "TEACHER_OF_AMYS_CLASS,    CONSENT_READ,   true",
            "TEACHER_OF_AMYS_CLASS,    CONSENT_RECORD, false",
            "TEACHER_OF_AMYS_CLASS,    AUDIT_SEARCH,   false",
            "TEACHER_OF_ANOTHER_CLASS, CONSENT_READ,   false",
            "TEACHER_OF_ANOTHER_CLASS, CONSENT_RECORD, false",
            "TEACHER_OF_ANOTHER_CLASS, AUDIT_SEARCH,   false",
            "PRACTITIONER,             CONSENT_READ,   true",
            "PRACTITIONER,             CONSENT_RECORD, true",
            "PRACTITIONER,             AUDIT_SEARCH,   false",
            "SENIOR_LEAD,              CONSENT_READ,   true",
            "SENIOR_LEAD,              CONSENT_RECORD, true",
            "SENIOR_LEAD,              AUDIT_SEARCH,   true",
            "ADMIN,                    CONSENT_READ,   false",
            "ADMIN,                    CONSENT_RECORD, false",
            "ADMIN,                    AUDIT_SEARCH,   true",
    })
    void roleByActionMatrix(String who, Action action, boolean expected) {
        Actor actor = ACTORS.get(who);
        boolean allowed = action.aboutPupil() ? policy.permits(actor, action, AMY) : policy.permits(actor, action);
        assertEquals(expected, allowed);
        // the bulk check must agree with the single check
        if (action.aboutPupil()) {
            assertEquals(expected, policy.permitted(actor, action, List.of(AMY)).contains(AMY));
        }
    }

    @Test
    void everyRoleIsCoveredByTheMatrix() {
        Set<ThriveRole> covered = Set.of(ThriveRole.OFFICE, ThriveRole.TEACHER, ThriveRole.PRACTITIONER,
                ThriveRole.SENIOR_LEAD, ThriveRole.ADMIN);
        assertEquals(Set.of(ThriveRole.values()), covered, "a new role needs rows in roleByActionMatrix");
    }

    @Test
    void teacherLosesAccessWhenThePupilLeavesTheirClass() {
        // Dev left Year 3 Oak on 28 February and joined Year 4 Ash
        assertFalse(policy.permits(OAK_TEACHER, Action.CONSENT_READ, DEV));
        assertTrue(policy.permits(ASH_TEACHER, Action.CONSENT_READ, DEV));
    }

    @Test
    void bulkCheckForATeacherKeepsOnlyTheirPupilsAndAsksTheDirectoryOncePerClass() {
        Set<String> allowed = policy.permitted(OAK_TEACHER, Action.CONSENT_READ, List.of(AMY, BEN, CAL, DEV));

        assertEquals(Set.of(AMY, BEN), allowed);
        assertEquals(1, school.calls("taughtBy"));
        assertEquals(1, school.calls("enrollments"), "one enrollment list for the one class taught");
        assertEquals(0, school.calls("classesOf"), "never one directory call per pupil");
    }

    @Test
    void aWholeSchoolRoleWinsOverATeachersReachAndNeedsNoDirectory() {
        Actor teacherInOffice = FakeSchool.actor("S-TO", "Toby Both", ThriveRole.TEACHER, ThriveRole.OFFICE);

        assertTrue(policy.permits(teacherInOffice, Action.CONSENT_READ, CAL));
        assertEquals(Set.of(AMY, CAL), policy.permitted(teacherInOffice, Action.CONSENT_READ, List.of(AMY, CAL)));
        assertTrue(school.calls.isEmpty(), "no directory calls for whole-school reach: " + school.calls);
    }

    @Test
    void adminAloneIsRefusedPupilDataButAdminWhoIsAlsoPractitionerIsNot() {
        assertEquals(Set.of(), policy.permitted(ADMIN, Action.CONSENT_READ, List.of(AMY, BEN, CAL)));
        Actor adminPractitioner = FakeSchool.actor("S-AP", "Al Both", ThriveRole.ADMIN, ThriveRole.PRACTITIONER);
        assertTrue(policy.permits(adminPractitioner, Action.CONSENT_READ, AMY));
    }

    @Test
    void refusalSaysWhichRolesAreNeeded() {
        assertEquals("Your Thrive role (Administrator) does not let you see parental consent. It needs one of:"
                + " Office staff, Teacher, Thrive practitioner, Senior lead.",
                policy.refusal(ADMIN, Action.CONSENT_READ));
        assertEquals("You can only see parental consent for pupils in the classes you teach."
                + " Ask a senior lead if you need to see this pupil.",
                policy.refusal(ASH_TEACHER, Action.CONSENT_READ));
        Actor nobody = FakeSchool.actor("S-NO", "Nora None");
        assertTrue(policy.refusal(nobody, Action.AUDIT_SEARCH).startsWith(
                "You have no Thrive role, so you cannot search the audit log. It needs one of: Senior lead, Administrator."));
    }

    @Test
    void anActionAboutAPupilCannotBeCheckedWithoutThePupil() {
        assertThrows(IllegalArgumentException.class, () -> policy.permits(FakeSchool.OFFICE, Action.CONSENT_READ));
    }
}

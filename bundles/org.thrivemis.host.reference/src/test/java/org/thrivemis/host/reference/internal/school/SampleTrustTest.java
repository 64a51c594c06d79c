package org.thrivemis.host.reference.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.host.reference.internal.auth.RolePermissionsTest;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.School;

/** The sample trust: Hawthorn as it always was, Elmfield beside it, and who sees which school. */
class SampleTrustTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant NOON = LocalDate.of(2026, 11, 20).atTime(12, 0).atZone(LONDON).toInstant();

    private final SampleSchool sample = new SampleSchool(RolePermissionsTest.defaults(), Clock.fixed(NOON, LONDON));
    private final SampleSchoolDirectory directory = new SampleSchoolDirectory(sample, RolePermissionsTest.defaults());

    @Test
    void hawthornKeepsEveryPupilClassAndAccountItHadAlone() {
        org.thrivemis.host.reference.internal.school.School alone =
                new SchoolGenerator(20260901L, Clock.fixed(NOON, LONDON)).generate();
        org.thrivemis.host.reference.internal.school.School trust = sample.school();
        for (Pupil p : alone.pupils()) {
            assertEquals(Optional.of(p), trust.pupil(p.id()), p.id());
            assertEquals(Optional.of("hawthorn"), directory.schoolOfPupil(p.id()), p.id());
        }
        assertEquals(Optional.of("hawthorn"), directory.schoolOfClass("year-3-oak"));
        assertTrue(trust.demoAccounts().containsAll(alone.demoAccounts()));
    }

    @Test
    void elmfieldIsASecondSchoolWithItsOwnIdsAndUpns() {
        assertEquals(List.of(new School("hawthorn", "Hawthorn Primary School"),
                new School("elmfield", "Elmfield Primary School")), directory.schools());
        List<Pupil> elmfield = sample.school().pupils().stream()
                .filter(p -> directory.schoolOfPupil(p.id()).equals(Optional.of("elmfield"))).toList();
        assertTrue(elmfield.size() >= 7 * 30, "one class of 30 per year group, was " + elmfield.size());
        assertTrue(elmfield.stream().allMatch(p -> p.id().startsWith("elm-")));
        assertEquals(Optional.of("elmfield"), directory.schoolOfClass("elm-year-3-oak"));
        Set<String> upns = new HashSet<>();
        sample.school().pupils().forEach(p -> assertTrue(upns.add(p.upn().orElseThrow()), "UPN repeated: " + p));
    }

    @Test
    void staffSeeTheirOwnSchoolAndTrustWideRolesSeeBoth() {
        assertEquals(Set.of("hawthorn"), directory.schoolsOfStaff("S004"), "senior of Hawthorn");
        assertEquals(Set.of("elmfield"), directory.schoolsOfStaff("elm-S001"), "office of Elmfield");
        assertEquals(Set.of("hawthorn", "elmfield"), directory.schoolsOfStaff("T001"), "trust-wide lead");
        assertEquals(Set.of("hawthorn", "elmfield"), directory.schoolsOfStaff("S005"), "admin is trust-wide by default");
        assertEquals(Set.of(), directory.schoolsOfStaff("nobody"));
        assertEquals(Set.of("elmfield"), directory.schoolsOfPupils(List.of("elm-P0001", "unknown"))
                .values().stream().collect(java.util.stream.Collectors.toSet()));
    }
}

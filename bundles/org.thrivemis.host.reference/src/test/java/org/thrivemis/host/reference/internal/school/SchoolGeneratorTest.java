package org.thrivemis.host.reference.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.StaffMember;
import org.thrivemis.mis.api.Upn;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;

class SchoolGeneratorTest {

    private static final long SEED = 20260901L;
    /** A Friday in the autumn term of 2026/27, after half term. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static School generate(long seed, LocalDate today) {
        Instant noon = today.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        return new SchoolGenerator(seed, Clock.fixed(noon, ZoneId.of("Europe/London"))).generate();
    }

    private final School school = generate(SEED, TODAY);

    @Test
    void aPrimarySchoolOfAbout420PupilsInFourteenClassesOfAbout30() {
        List<Pupil> onRoll = school.pupilsOnRoll(TODAY);
        assertTrue(onRoll.size() >= 410 && onRoll.size() <= 430, "pupils on roll: " + onRoll.size());
        assertEquals(14, school.classes().size());
        for (SchoolClass c : school.classes()) {
            long size = school.enrollmentsOfClass(c.id()).stream().filter(e -> e.activeOn(TODAY)).count();
            assertTrue(size >= 28 && size <= 33, c.name() + " has " + size);
        }
        assertEquals(List.of("R", "R", "1", "1", "2", "2", "3", "3", "4", "4", "5", "5", "6", "6"),
                school.classes().stream().map(SchoolClass::yearGroup).toList());
        assertTrue(school.classes().stream().anyMatch(c -> c.name().equals("Year 3 Oak")));
    }

    @Test
    void everyUpnIsValidAndUnique() {
        Set<String> seen = new HashSet<>();
        for (Pupil pupil : school.pupils()) {
            String upn = pupil.upn().orElseThrow(() -> new AssertionError(pupil.id() + " has no UPN"));
            assertTrue(Upn.isValid(upn), pupil.id() + ": " + upn + " " + Upn.problem(upn).orElse(""));
            assertTrue(seen.add(upn), "duplicate UPN " + upn);
        }
    }

    @Test
    void pupilIdsAreUniqueAndLookLikeP0001() {
        Set<String> ids = school.pupils().stream().map(Pupil::id).collect(Collectors.toSet());
        assertEquals(school.pupils().size(), ids.size());
        assertTrue(ids.stream().allMatch(id -> id.matches("P\\d{4}")), ids.toString());
        assertTrue(ids.contains("P0001"));
    }

    @Test
    void datesOfBirthFitTheYearGroupUnderTheEnglishCutOff() {
        for (Pupil pupil : school.pupils()) {
            LocalDate born = pupil.dateOfBirth();
            // Born September to August of the school year starting in `cohort`, a child starts Reception 5 years later.
            int cohort = born.getMonthValue() >= 9 ? born.getYear() : born.getYear() - 1;
            int yearsAfterReception = 2026 - 5 - cohort;
            String expected = yearsAfterReception == 0 ? "R" : String.valueOf(yearsAfterReception);
            assertEquals(expected, pupil.yearGroup(), pupil.id() + " born " + born);
        }
        for (SchoolClass c : school.classes()) {
            for (Enrollment e : school.enrollmentsOfClass(c.id())) {
                assertEquals(c.yearGroup(), school.pupil(e.pupilId()).orElseThrow().yearGroup());
            }
        }
    }

    @Test
    void theSameSeedAndDayGiveTheSameSchool() {
        School again = generate(SEED, TODAY);
        assertEquals(school.pupils(), again.pupils());
        assertEquals(school.classes(), again.classes());
        assertEquals(school.enrollments(), again.enrollments());
        assertEquals(school.staff(), again.staff());
        for (Pupil pupil : school.pupils()) {
            assertEquals(school.marksOf(pupil.id()), again.marksOf(pupil.id()));
        }
    }

    @Test
    void anotherSeedGivesAnotherSchool() {
        School other = generate(SEED + 1, TODAY);
        assertNotEquals(school.pupils().stream().map(Pupil::displayName).toList(),
                other.pupils().stream().map(Pupil::displayName).toList());
        assertEquals(14, other.classes().size());
    }

    @Test
    void aLaterDayKeepsThePupilsAndTheRegistersAlreadyTaken() {
        School later = generate(SEED, TODAY.plusDays(10));
        assertEquals(school.pupils(), later.pupils());
        for (Pupil pupil : school.pupils()) {
            List<AttendanceMark> laterUpToToday = later.marksOf(pupil.id()).stream()
                    .filter(m -> !m.date().isAfter(TODAY)).toList();
            assertEquals(school.marksOf(pupil.id()), laterUpToToday, pupil.id());
        }
    }

    @Test
    void theTeacherDemoAccountTeachesYear3Oak() {
        StaffMember teacher = school.staff().stream().filter(s -> s.username().equals("teacher")).findFirst().orElseThrow();
        assertEquals(Set.of("teacher"), teacher.roles());
        assertEquals(List.of("Year 3 Oak"), school.taughtBy(teacher.id()).stream().map(SchoolClass::name).toList());
        assertEquals(List.of("office", "teacher", "practitioner", "senior", "admin"),
                school.demoAccounts().stream().map(DemoAccount::username).toList());
        for (DemoAccount account : school.demoAccounts()) {
            StaffMember staff = school.staffMember(account.staffId()).orElseThrow();
            assertEquals(Set.of(account.role()), staff.roles(), account.username());
        }
        assertTrue(school.classes().stream().allMatch(c -> !c.teacherIds().isEmpty()));
        long classTeachers = school.classes().stream().flatMap(c -> c.teacherIds().stream()).distinct().count();
        assertTrue(classTeachers >= 14, "class teachers: " + classTeachers);
    }

    @Test
    void thereAreMidTermJoinersAndLeavers() {
        LocalDate firstDay = school.term().firstDay();
        long joiners = school.enrollments().stream().filter(e -> e.start().isAfter(firstDay)).count();
        long leavers = school.enrollments().stream().filter(e -> e.end().isPresent()).count();
        assertTrue(joiners >= 3, "joiners: " + joiners);
        assertTrue(leavers >= 3, "leavers: " + leavers);
    }

    @Test
    void everyPupilOnRollHasAMorningAndAfternoonMarkOnEverySchoolDayUpToToday() {
        List<LocalDate> schoolDays = school.term().schoolDaysUntil(TODAY);
        assertEquals(LocalDate.of(2026, 9, 1), schoolDays.get(0));
        assertTrue(schoolDays.size() > 50, "school days so far: " + schoolDays.size());
        for (Pupil pupil : school.pupils()) {
            Enrollment enrollment = school.enrollmentsOf(pupil.id()).get(0);
            Map<String, AttendanceMark> marks = school.marksOf(pupil.id()).stream()
                    .collect(Collectors.toMap(m -> m.date() + " " + m.session(), Function.identity()));
            int expected = 0;
            for (LocalDate day : schoolDays) {
                if (enrollment.activeOn(day)) {
                    expected += 2;
                    assertTrue(marks.containsKey(day + " AM") && marks.containsKey(day + " PM"), pupil.id() + " on " + day);
                }
            }
            assertEquals(expected, marks.size(), pupil.id() + " has marks outside its school days");
        }
    }

    @Test
    void mostSessionsArePresentAndEveryExpectedCodeOccurs() {
        Map<String, Long> counts = school.pupils().stream().flatMap(p -> school.marksOf(p.id()).stream())
                .collect(Collectors.groupingBy(AttendanceMark::code, Collectors.counting()));
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long present = counts.getOrDefault("/", 0L) + counts.getOrDefault("\\", 0L);
        assertTrue(present > total * 0.85, counts.toString());
        for (String code : List.of("L", "I", "M", "O", "G", "V", "#")) {
            assertTrue(counts.getOrDefault(code, 0L) > 0, "no " + code + " in " + counts);
        }
        assertEquals(2L * school.pupilsOnRoll(school.term().insetDay()).size(), counts.get("#"));
    }

    @Test
    void aHandfulOfPupilsAreBelowNinetyPercent() {
        long below = school.pupilsOnRoll(TODAY).stream()
                .map(p -> AttendanceStatistics.of(school.marksOf(p.id()).stream().map(AttendanceMark::code).toList()))
                .filter(AttendanceStatistics::persistentAbsence).count();
        assertTrue(below >= 3 && below <= 40, "pupils below 90%: " + below);
    }

    @Test
    void aLargeSchoolForLoadTestsHasValidUniqueUpnsAndOneHundredThousandPupils() {
        Instant noon = TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant();
        School large = new SchoolGenerator(SEED, Clock.fixed(noon, ZoneId.of("Europe/London")), 477).generate();
        assertEquals(7 * 477, large.classes().size());
        assertTrue(large.pupils().size() >= 100_000, "pupils: " + large.pupils().size());
        Set<String> upns = new HashSet<>();
        for (var pupil : large.pupils()) {
            String upn = pupil.upn().orElseThrow();
            assertTrue(Upn.isValid(upn), "invalid UPN " + upn + " for " + pupil.id());
            assertTrue(upns.add(upn), "duplicate UPN " + upn);
        }
        assertEquals(477, large.classes().stream().filter(c -> c.yearGroup().equals(YearGroup.YEAR_3.label())).count());
        assertTrue(large.classes().stream().anyMatch(c -> c.name().equals("Year 3 Oak")), "the demo class stays");
    }

    @Test
    void inJuneTheRegistersCoverTheWholeYearOnSchoolDaysOnlyAndAreTheSameEachTimeTheyAreAsked() {
        LocalDate june = LocalDate.of(2027, 6, 18);
        School late = generate(SEED, june);
        assertEquals("Summer term 2027", late.term().name());
        List<SchoolTerm> terms = late.terms();
        Pupil pupil = late.pupilsOnRoll(june).get(0);
        List<AttendanceMark> marks = late.marksOf(pupil.id());
        assertEquals(marks, late.marksOf(pupil.id()), "generated again on request, identically");
        long days = terms.stream().flatMap(t -> t.schoolDaysUntil(june).stream()).count();
        assertTrue(days > 150, "school days by mid-June: " + days);
        assertEquals(2 * days, marks.size(), "a morning and an afternoon mark on every school day of the year");
        for (AttendanceMark m : marks) {
            assertTrue(terms.stream().anyMatch(t -> t.isSchoolDay(m.date())), "mark on a holiday: " + m);
        }
        for (SchoolTerm t : terms) {
            assertTrue(marks.stream().anyMatch(m -> m.date().equals(t.insetDay()) && m.code().equals("#")), t.name());
        }
        // the autumn registers do not change when the year goes on
        assertEquals(school.marksOf(pupil.id()), marks.stream().filter(m -> !m.date().isAfter(TODAY)).toList());
    }
}

package org.thrivemis.host.reference.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolTermTest {

    @Test
    void theAcademicYearStartsOnFirstSeptember() {
        assertEquals(2026, AcademicYear.containing(LocalDate.of(2026, 9, 1)).startYear());
        assertEquals(2025, AcademicYear.containing(LocalDate.of(2026, 8, 31)).startYear());
        assertEquals("2026/27", new AcademicYear(2026).label());
    }

    @Test
    void autumn2026RunsFromTheFirstWeekdayOfSeptemberToFriday18DecemberWithHalfTermInLateOctober() {
        SchoolTerm term = SchoolTerm.autumn(new AcademicYear(2026));
        assertEquals(LocalDate.of(2026, 9, 1), term.firstDay());
        assertEquals(LocalDate.of(2026, 9, 1), term.insetDay());
        assertEquals(LocalDate.of(2026, 10, 26), term.halfTermStart());
        assertEquals(LocalDate.of(2026, 12, 18), term.lastDay());
        assertFalse(term.isSchoolDay(LocalDate.of(2026, 10, 28)), "half term");
        assertFalse(term.isSchoolDay(LocalDate.of(2026, 11, 21)), "Saturday");
        assertTrue(term.isSchoolDay(LocalDate.of(2026, 11, 20)));
    }

    @Test
    void whenFirstSeptemberIsAWeekendTermStartsOnMonday() {
        assertEquals(LocalDate.of(2024, 9, 2), SchoolTerm.autumn(new AcademicYear(2024)).firstDay());
    }

    @Test
    void yearGroupsFollowTheEnglishCutOff() {
        AcademicYear year = new AcademicYear(2026);
        assertEquals(LocalDate.of(2021, 9, 1), YearGroup.RECEPTION.earliestBirthDate(year));
        assertEquals(LocalDate.of(2022, 8, 31), YearGroup.RECEPTION.latestBirthDate(year));
        assertEquals(LocalDate.of(2015, 9, 1), YearGroup.YEAR_6.earliestBirthDate(year));
        assertEquals("Year 3", YearGroup.displayNameOf("3"));
        assertEquals("Reception", YearGroup.displayNameOf("R"));
    }

    @Test
    void springAndSummer2027FollowDfeLikeDatesAroundEaster() {
        SchoolTerm spring = SchoolTerm.spring(new AcademicYear(2026));
        assertEquals(LocalDate.of(2027, 1, 4), spring.firstDay());
        assertEquals(LocalDate.of(2027, 2, 15), spring.halfTermStart());
        assertEquals(LocalDate.of(2027, 3, 19), spring.lastDay(), "Easter Sunday 2027 is 28 March");
        SchoolTerm summer = SchoolTerm.summer(new AcademicYear(2026));
        assertEquals(LocalDate.of(2027, 4, 5), summer.firstDay());
        assertEquals(LocalDate.of(2027, 5, 31), summer.halfTermStart());
        assertEquals(LocalDate.of(2027, 7, 16), summer.lastDay());
        assertFalse(summer.isSchoolDay(LocalDate.of(2027, 6, 2)), "half term");
        assertEquals(3, SchoolTerm.ofYear(new AcademicYear(2026)).size());
    }
}

package org.thrivemis.mis.api.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;

class AttendanceOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 10); // a Wednesday in the spring term

    @Test
    void termsCutAtNewYearAndEaster() {
        List<Term> terms = Term.termsOfYear(TODAY);
        assertEquals(LocalDate.of(2026, 9, 1), terms.get(0).firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), terms.get(0).lastDay());
        assertEquals(LocalDate.of(2027, 3, 28), terms.get(1).lastDay(), "Easter Sunday 2027");
        assertEquals(LocalDate.of(2027, 3, 29), terms.get(2).firstDay());
        assertEquals(LocalDate.of(2026, 4, 5), Term.easterSunday(2026));
        assertEquals("Spring term 2027", Term.containing(TODAY).name());
        assertEquals("Autumn term 2026", Term.containing(LocalDate.of(2026, 9, 1)).name());
        assertEquals("Summer term 2026", Term.containing(LocalDate.of(2026, 8, 31)).name());
    }

    @Test
    void termAndYearCountEveryCategoryAndLeaveNotPossibleSessionsOut() {
        List<AttendanceMark> marks = new ArrayList<>();
        // autumn: 2 present, 1 illness, 1 unauthorised: 50%
        day(marks, LocalDate.of(2026, 11, 2), "/", "\\");
        day(marks, LocalDate.of(2026, 11, 3), "I", "O");
        // spring: present, late, trip (approved), authorised interview; closures and not on roll left out
        day(marks, LocalDate.of(2027, 2, 8), "/", "L");
        day(marks, LocalDate.of(2027, 2, 9), "V", "J1");
        day(marks, LocalDate.of(2027, 2, 10), "#", "Y4");
        day(marks, LocalDate.of(2027, 2, 11), "/", "/"); // after today: ignored
        AttendanceOverview o = AttendanceOverview.of(List.of("P1"), marks, TODAY, 3).get("P1");
        assertEquals(4, o.term().possibleSessions(), "# and Y4 are not possible sessions");
        assertEquals(75.0, o.term().percentage().orElseThrow(), 1e-9);
        assertEquals(1, o.term().count(AttendanceCategory.APPROVED_ACTIVITY));
        assertEquals(8, o.year().possibleSessions());
        assertEquals(62.5, o.year().percentage().orElseThrow(), 1e-9);
        assertTrue(o.year().persistentAbsence());
        assertEquals(1, o.year().count(AttendanceCategory.UNAUTHORISED_ABSENCE));
        assertEquals(2, o.year().count(AttendanceCategory.AUTHORISED_ABSENCE));
    }

    @Test
    void legacyCodesCountWithTheirOldMeaning() {
        List<AttendanceMark> marks = new ArrayList<>();
        day(marks, LocalDate.of(2027, 2, 8), "H", "J");
        day(marks, LocalDate.of(2027, 2, 9), "Y", "/");
        AttendanceOverview o = AttendanceOverview.of(List.of("P1"), marks, TODAY, 1).get("P1");
        assertEquals(3, o.term().legacyCodes());
        assertEquals(3, o.term().possibleSessions(), "Y was an enforced closure: not possible");
        assertEquals(100.0 / 3, o.term().percentage().orElseThrow(), 1e-9);
    }

    @Test
    void trendHasOneEntryPerWeekOldestFirstAndEveryPupilAskedFor() {
        List<AttendanceMark> marks = new ArrayList<>();
        day(marks, LocalDate.of(2027, 1, 25), "/", "O"); // two weeks back: 50%
        day(marks, LocalDate.of(2027, 2, 8), "/", "\\"); // this week: 100%
        Map<String, AttendanceOverview> all = AttendanceOverview.of(List.of("P1", "P2"), marks, TODAY, 3);
        List<AttendanceOverview.Week> weeks = all.get("P1").weeks();
        assertEquals(3, weeks.size());
        assertEquals(LocalDate.of(2027, 1, 25), weeks.get(0).monday());
        assertEquals(50.0, weeks.get(0).statistics().percentage().orElseThrow(), 1e-9);
        assertTrue(weeks.get(1).statistics().percentage().isEmpty(), "no register that week");
        assertEquals(100.0, weeks.get(2).statistics().percentage().orElseThrow(), 1e-9);
        assertEquals(0, all.get("P2").year().possibleSessions());
        assertFalse(all.get("P2").year().persistentAbsence());
        assertEquals(LocalDate.of(2026, 9, 1), AttendanceOverview.firstDayNeeded(TODAY, 3));
        assertEquals(LocalDate.of(2026, 8, 17), AttendanceOverview.firstDayNeeded(LocalDate.of(2026, 9, 2), 3));
    }

    private static void day(List<AttendanceMark> marks, LocalDate day, String am, String pm) {
        marks.add(new AttendanceMark("P1", day, Session.AM, am));
        marks.add(new AttendanceMark("P1", day, Session.PM, pm));
    }

    /**
     * Counts by code over the overview's ranges (a host's grouped count, or the port's default from
     * marks) give the same overview as the marks themselves, for every day of a school year as
     * "today", with every kind of code: unknown, legacy, not possible, sessions after today.
     */
    @Test
    void overviewsFromCountsEqualOverviewsFromMarksOnEveryDayOfTheYear() {
        List<String> codes = List.of("/", "\\", "L", "I", "O", "G", "M", "V", "#", "X", "H", "J1", "??", "Y1");
        java.util.Random random = new java.util.Random(7);
        List<AttendanceMark> marks = new ArrayList<>();
        for (String pupil : List.of("a", "b", "c")) {
            for (LocalDate d = LocalDate.of(2026, 7, 1); d.isBefore(LocalDate.of(2027, 8, 10)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5 && random.nextInt(10) > 0) {
                    day(marks, pupil, d, codes.get(random.nextInt(codes.size())), codes.get(random.nextInt(codes.size())));
                }
            }
        }
        org.thrivemis.mis.api.AttendanceSource source = (ids, from, to) -> marks.stream()
                .filter(m -> ids.contains(m.pupilId()) && !m.date().isBefore(from) && !m.date().isAfter(to)).toList();
        List<String> pupils = List.of("a", "b", "c", "nobody");
        for (LocalDate today = LocalDate.of(2026, 8, 25); today.isBefore(LocalDate.of(2027, 8, 5)); today = today.plusDays(3)) {
            var ranges = AttendanceOverview.ranges(today, 8);
            assertEquals(AttendanceOverview.of(pupils, marks, today, 8),
                    AttendanceOverview.fromCounts(pupils, source.counts(pupils, ranges), today, 8), today.toString());
        }
    }

    private static void day(List<AttendanceMark> marks, String pupil, LocalDate date, String am, String pm) {
        marks.add(new AttendanceMark(pupil, date, Session.AM, am));
        marks.add(new AttendanceMark(pupil, date, Session.PM, pm));
    }
}

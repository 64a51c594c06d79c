package org.thrivemis.host.reference.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;

/** A pupil's registers held compactly give back exactly the marks they were made from, for any range. */
class PupilRegistersTest {

    @Test
    void everyRangeAroundTheRegistersGivesTheMarksAScanWouldGive() {
        List<AttendanceMark> marks = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 9, 1);
        for (int i = 0; i < 40; i++, day = day.plusDays(i % 5 == 4 ? 3 : 1)) {
            // a day with only a morning register and one with only an afternoon register, as a host may have
            if (i != 7) {
                marks.add(new AttendanceMark("p1", day, Session.AM, i % 3 == 0 ? "L" : "/"));
            }
            if (i != 12) {
                marks.add(new AttendanceMark("p1", day, Session.PM, i % 4 == 0 ? "I" : "\\"));
            }
        }
        PupilRegisters registers = PupilRegisters.of("p1", marks);
        assertEquals(marks, registers.marks());
        for (LocalDate from = LocalDate.of(2026, 8, 25); from.isBefore(day.plusDays(3)); from = from.plusDays(2)) {
            for (LocalDate to = from.minusDays(1); to.isBefore(day.plusDays(3)); to = to.plusDays(3)) {
                LocalDate f = from;
                LocalDate t = to;
                List<AttendanceMark> scanned = marks.stream()
                        .filter(m -> !m.date().isBefore(f) && !m.date().isAfter(t)).toList();
                List<AttendanceMark> ranged = new ArrayList<>();
                registers.addMarks(from, to, ranged);
                assertEquals(scanned, ranged, from + " to " + to);
            }
        }
        assertEquals(List.of(), PupilRegisters.NONE.marks());

        // counts by code over ranges, without marks, equal the port's default counting of the marks
        org.thrivemis.mis.api.AttendanceSource fromMarks = (ids, f, t) -> marks.stream()
                .filter(m -> !m.date().isBefore(f) && !m.date().isAfter(t)).toList();
        List<org.thrivemis.mis.api.DateRange> ranges = List.of(
                new org.thrivemis.mis.api.DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 20)),
                new org.thrivemis.mis.api.DateRange(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 20)),
                new org.thrivemis.mis.api.DateRange(LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 9)),
                new org.thrivemis.mis.api.DateRange(LocalDate.of(2026, 10, 1), LocalDate.of(2027, 1, 1)));
        assertEquals(fromMarks.counts(List.of("p1"), ranges).get("p1"), registers.counts(ranges));
    }

    @Test
    void marksOfAnotherPupilOrOutOfDateOrderAreRefused() {
        LocalDate day = LocalDate.of(2026, 9, 1);
        assertThrows(IllegalArgumentException.class, () -> PupilRegisters.of("p1",
                List.of(new AttendanceMark("p2", day, Session.AM, "/"))));
        assertThrows(IllegalArgumentException.class, () -> PupilRegisters.of("p1",
                List.of(new AttendanceMark("p1", day, Session.AM, "/"),
                        new AttendanceMark("p1", day.minusDays(1), Session.AM, "/"))));
    }
}

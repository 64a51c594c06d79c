package org.thrivemis.host.reference.internal.school;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;

/** The register range a class page asks for is found by binary search, with the same answer as a scan. */
class SampleAttendanceSourceTest {

    @Test
    void theFirstMarkOnOrAfterADayMatchesAScanForEveryDayAroundTheRegisters() {
        List<AttendanceMark> marks = new ArrayList<>();
        LocalDate day = LocalDate.of(2026, 9, 1);
        for (int i = 0; i < 40; i++, day = day.plusDays(i % 5 == 4 ? 3 : 1)) {
            marks.add(new AttendanceMark("p1", day, Session.AM, "/"));
            marks.add(new AttendanceMark("p1", day, Session.PM, "/"));
        }
        for (LocalDate d = LocalDate.of(2026, 8, 25); d.isBefore(day.plusDays(5)); d = d.plusDays(1)) {
            LocalDate asked = d;
            int scanned = (int) marks.stream().filter(m -> m.date().isBefore(asked)).count();
            assertEquals(scanned, SampleAttendanceSource.firstOnOrAfter(marks, d), d.toString());
        }
        assertEquals(0, SampleAttendanceSource.firstOnOrAfter(List.of(), day));
    }
}

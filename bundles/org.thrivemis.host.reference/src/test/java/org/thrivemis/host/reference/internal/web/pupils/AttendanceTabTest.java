package org.thrivemis.host.reference.internal.web.pupils;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.thrivemis.host.reference.internal.school.AcademicYear;
import org.thrivemis.host.reference.internal.school.SchoolTerm;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;

class AttendanceTabTest {

    private final SchoolTerm term = SchoolTerm.autumn(new AcademicYear(2026));
    private final LocalDate today = LocalDate.of(2026, 11, 20);

    private List<AttendanceMark> marks(String am, String pm) {
        List<AttendanceMark> marks = new ArrayList<>();
        for (LocalDate day : term.schoolDaysUntil(today)) {
            marks.add(new AttendanceMark("P0001", day, Session.AM, am));
            marks.add(new AttendanceMark("P0001", day, Session.PM, pm));
        }
        return marks;
    }

    @Test
    void halfDaysAbsentIsPersistentAbsence() {
        AttendanceTab tab = AttendanceTab.of(term, today, marks("/", "O"));
        assertEquals("50.0%", tab.percentage());
        assertTrue(tab.persistentAbsence());
        assertEquals(4, tab.weeks().size());
        assertEquals("26 October 2026", tab.weeks().get(0).weekCommencing());
        assertEquals(List.of("", "", "", "", "", "", "", "", "", ""), tab.weeks().get(0).codes(), "half term");
        assertEquals(List.of("/", "O", "/", "O", "/", "O", "/", "O", "/", "O"), tab.weeks().get(3).codes());
        assertEquals(List.of("/", "O"), tab.legend().stream().map(e -> e.code()).toList());
    }

    @Test
    void legacyCodesAreCountedAndNoted() {
        AttendanceTab tab = AttendanceTab.of(term, today, marks("/", "H"));
        assertTrue(tab.legacyCodes() > 0);
        assertFalse(tab.percentage().isEmpty());
    }

    @Test
    void beforeTheFirstRegisterThereIsNothingToShow() {
        AttendanceTab tab = AttendanceTab.of(term, today, List.of());
        assertFalse(tab.hasRegisters());
        assertEquals("", tab.percentage());
    }
}

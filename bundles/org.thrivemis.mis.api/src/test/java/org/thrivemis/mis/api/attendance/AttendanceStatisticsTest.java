package org.thrivemis.mis.api.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttendanceStatisticsTest {

    @Test
    void everyCodeInTheDfeTableHasItsCategory() {
        assertEquals(AttendanceCategory.PRESENT, AttendanceCode.of("/").orElseThrow().category());
        assertEquals(AttendanceCategory.PRESENT, AttendanceCode.of("\\").orElseThrow().category());
        assertEquals(AttendanceCategory.PRESENT, AttendanceCode.of("L").orElseThrow().category());
        for (String c : List.of("K", "V", "P", "W", "B", "D")) {
            assertEquals(AttendanceCategory.APPROVED_ACTIVITY, AttendanceCode.of(c).orElseThrow().category(), c);
        }
        for (String c : List.of("C1", "C2", "C", "E", "I", "J1", "M", "R", "S", "T")) {
            assertEquals(AttendanceCategory.AUTHORISED_ABSENCE, AttendanceCode.of(c).orElseThrow().category(), c);
        }
        for (String c : List.of("G", "N", "O", "U")) {
            assertEquals(AttendanceCategory.UNAUTHORISED_ABSENCE, AttendanceCode.of(c).orElseThrow().category(), c);
        }
        for (String c : List.of("Q", "X", "Y1", "Y2", "Y3", "Y4", "Y5", "Y6", "Y7", "Z", "#")) {
            assertEquals(AttendanceCategory.NOT_POSSIBLE, AttendanceCode.of(c).orElseThrow().category(), c);
        }
        assertEquals(37, AttendanceCode.values().length, "34 current codes and 3 legacy ones");
    }

    @Test
    void legacyCodesKeepTheirOldMeaningAndAreCounted() {
        AttendanceStatistics s = AttendanceStatistics.of(List.of("H", "J", "Y", "/"));
        assertEquals(3, s.legacyCodes());
        assertEquals(1, s.count(AttendanceCategory.NOT_POSSIBLE), "Y was an enforced closure");
        assertEquals(2, s.count(AttendanceCategory.AUTHORISED_ABSENCE), "H and J were authorised");
        assertEquals(3, s.possibleSessions());
        assertTrue(AttendanceCode.of("H").orElseThrow().isLegacy());
        assertFalse(AttendanceCode.of("J1").orElseThrow().isLegacy());
    }

    @Test
    void percentageCountsApprovedActivityAsAttendedAndLeavesNotPossibleOut() {
        // 7 present, 1 trip, 1 illness, 1 unauthorised, 2 closures (not possible)
        AttendanceStatistics s = AttendanceStatistics.of(
                List.of("/", "\\", "/", "\\", "L", "/", "\\", "V", "I", "O", "#", "Y4"));
        assertEquals(10, s.possibleSessions());
        assertEquals(8, s.attendedSessions());
        assertEquals(80.0, s.percentage().orElseThrow(), 1e-9);
        assertTrue(s.persistentAbsence(), "80% is below the 90% threshold");
    }

    @Test
    void exactlyNinetyPercentIsNotPersistentAbsence() {
        AttendanceStatistics s = AttendanceStatistics.of(
                List.of("/", "/", "/", "/", "/", "/", "/", "/", "/", "N"));
        assertEquals(90.0, s.percentage().orElseThrow(), 1e-9);
        assertFalse(s.persistentAbsence());
    }

    @Test
    void unknownCodesAreCountedButLeftOutAndNoSessionsGiveNoPercentage() {
        AttendanceStatistics s = AttendanceStatistics.of(List.of("?", "ZZ", "X"));
        assertEquals(2, s.unknownCodes());
        assertEquals(0, s.possibleSessions());
        assertTrue(s.percentage().isEmpty());
        assertFalse(s.persistentAbsence());
    }

    @Test
    void codesAreCaseSensitiveTextNotChars() {
        assertTrue(AttendanceCode.of("c1").isEmpty(), "register codes are upper case");
        assertEquals(AttendanceCode.C1, AttendanceCode.of(" C1 ").orElseThrow());
    }
}

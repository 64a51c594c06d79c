package org.thrivemis.web.internal.tab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Problem;

class DateFieldsTest {

    private static DateFields.Reading read(String day, String month, String year) {
        return new DateFields(day, month, year).read("decidedOn", "Date the decision was made");
    }

    private static Problem problemOf(String day, String month, String year) {
        DateFields.Reading r = read(day, month, year);
        assertEquals(Optional.empty(), r.date(), "no date for an unreadable entry");
        return r.problem().orElseThrow(() -> new AssertionError("expected a problem for " + day + "/" + month + "/" + year));
    }

    @Test
    void readsADayMonthAndYearAsTyped() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 27)), read("27", "3", "2026").date());
        assertEquals(Optional.of(LocalDate.of(2026, 3, 7)), read(" 07 ", "03", "2026").date(), "spaces and leading zeros");
        assertEquals(Optional.of(LocalDate.of(2028, 2, 29)), read("29", "2", "2028").date(), "leap day");
        assertEquals(Optional.empty(), read("27", "3", "2026").problem());
    }

    @Test
    void the31stOfFebruaryIsNotARealDate() {
        Problem p = problemOf("31", "02", "2026");
        assertEquals("decidedOn", p.field());
        assertEquals("31/02/2026", p.value());
        assertEquals("Date the decision was made must be a real date: February 2026 has 28 days, so 31/02/2026 does not exist",
                p.message());
    }

    @Test
    void lettersAreRefusedQuotingWhatWasTyped() {
        Problem p = problemOf("27", "Feb", "2026");
        assertEquals("27/Feb/2026", p.value());
        assertEquals("Date the decision was made: the month must be a number, for example 3, not \"Feb\"", p.message());
        assertTrue(problemOf("2x", "3", "2026").message().contains("the day must be a number"));
        assertTrue(problemOf("27", "3", "twenty").message().contains("the year must be a number"));
    }

    @Test
    void aTwoDigitYearIsRefused() {
        Problem p = problemOf("27", "3", "26");
        assertEquals("Date the decision was made: the year must have 4 numbers, for example 2026, not \"26\"", p.message());
    }

    @Test
    void aMonthOutsideOneToTwelveIsRefused() {
        assertEquals("Date the decision was made: the month must be from 1 to 12, not \"13\"",
                problemOf("1", "13", "2026").message());
        assertTrue(problemOf("0", "3", "2026").message().contains("must be a real date"), "day 0");
    }

    @Test
    void blankIsLeftToTheDomainWhichKnowsWhetherTheDateIsRequired() {
        DateFields.Reading r = read("", " ", null);
        assertEquals(Optional.empty(), r.date());
        assertEquals(Optional.empty(), r.problem());
    }

    @Test
    void aPartlyFilledDateSaysWhatIsMissing() {
        assertEquals("Date the decision was made must include a month", problemOf("27", "", "2026").message());
        assertEquals("Date the decision was made must include a day and year", problemOf("", "3", "").message());
    }
}

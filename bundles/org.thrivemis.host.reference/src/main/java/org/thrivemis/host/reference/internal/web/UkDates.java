package org.thrivemis.host.reference.internal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as GOV.UK writes them: "3 March 2019", "Monday 16 November 2026". */
public final class UkDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private UkDates() {
    }

    /** "3 March 2019". */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** "Monday 16 November 2026". */
    public static String withWeekday(LocalDate day) {
        return WITH_WEEKDAY.format(day);
    }

    /** "Mon 16 Nov", for table headings. */
    public static String shortDay(LocalDate day) {
        return SHORT_DAY.format(day);
    }
}

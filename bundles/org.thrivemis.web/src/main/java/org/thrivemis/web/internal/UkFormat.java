package org.thrivemis.web.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as GOV.UK style writes them for UK schools: "27 March 2026", "27 March 2026, 2:05pm".
 */
public final class UkFormat {

    /** Schools using this product are in England and Wales; recorded instants are shown in their time. */
    public static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private UkFormat() {
    }

    /** A day, e.g. "27 March 2026". */
    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** A moment in school time, e.g. "27 March 2026, 2:05pm" (12-hour clock, lower-case am/pm). */
    public static String dateTime(Instant instant) {
        ZonedDateTime t = instant.atZone(SCHOOL_ZONE);
        int hour = t.getHour() % 12 == 0 ? 12 : t.getHour() % 12;
        return date(t.toLocalDate()) + ", " + hour + ":" + String.format("%02d", t.getMinute())
                + (t.getHour() < 12 ? "am" : "pm");
    }
}

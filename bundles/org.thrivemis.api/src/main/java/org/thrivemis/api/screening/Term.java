package org.thrivemis.api.screening;

import java.time.LocalDate;
import java.time.Month;

/**
 * The three screening terms of an English school year, which starts in September. A date belongs
 * to autumn from September to December, spring from January to April and summer from May to August.
 */
public enum Term {
    AUTUMN("Autumn"),
    SPRING("Spring"),
    SUMMER("Summer");

    private final String label;

    Term(String label) {
        this.label = label;
    }

    /** As shown to staff. */
    public String label() {
        return label;
    }

    /** The term a day falls in. */
    public static Term of(LocalDate day) {
        Month m = day.getMonth();
        if (m.compareTo(Month.SEPTEMBER) >= 0) {
            return AUTUMN;
        }
        return m.compareTo(Month.MAY) < 0 ? SPRING : SUMMER;
    }

    /** The academic year a day belongs to, named by the calendar year it starts in (2025 for 2025/26). */
    public static int academicYearOf(LocalDate day) {
        return day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1;
    }

    /** An academic year as staff write it, e.g. "2025/26". */
    public static String academicYearLabel(int startYear) {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}

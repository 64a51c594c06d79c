package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;

/**
 * An English school year, 1 September to 31 August, named by the calendar year it starts in.
 *
 * @param startYear the calendar year of its 1 September
 */
public record AcademicYear(int startYear) {

    /** The academic year the day falls in. */
    public static AcademicYear containing(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    /** 1 September. */
    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    /** 31 August of the next calendar year. */
    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    /** The usual written form, e.g. {@code 2026/27}. */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}

package org.thrivemis.host.reference.internal.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The autumn term the sample school's registers cover: from the first weekday of September (an
 * INSET day, when the school is closed to pupils) to the last Friday on or before 19 December,
 * with half term in the week of the last Monday of October.
 *
 * @param name e.g. "Autumn term 2026"
 * @param firstDay the first day of term
 * @param lastDay the last day of term
 * @param halfTermStart Monday of half term
 * @param halfTermEnd Friday of half term
 * @param insetDay the staff training day, registered as {@code #} for every pupil
 */
public record SchoolTerm(String name, LocalDate firstDay, LocalDate lastDay, LocalDate halfTermStart,
        LocalDate halfTermEnd, LocalDate insetDay) {

    /** The autumn term of the academic year. */
    public static SchoolTerm autumn(AcademicYear year) {
        LocalDate first = year.firstDay();
        while (isWeekend(first)) {
            first = first.plusDays(1);
        }
        LocalDate halfTerm = LocalDate.of(year.startYear(), 10, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = LocalDate.of(year.startYear(), 12, 19).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        return new SchoolTerm("Autumn term " + year.startYear(), first, last, halfTerm, halfTerm.plusDays(4), first);
    }

    /** Whether registers are taken on the day (weekdays in term, outside half term, INSET day included). */
    public boolean isSchoolDay(LocalDate day) {
        return !isWeekend(day) && !day.isBefore(firstDay) && !day.isAfter(lastDay)
                && (day.isBefore(halfTermStart) || day.isAfter(halfTermEnd));
    }

    /** Every school day of the term, in order. */
    public List<LocalDate> schoolDays() {
        return schoolDaysUntil(lastDay);
    }

    /** The school days of the term up to the day, inclusive. */
    public List<LocalDate> schoolDaysUntil(LocalDate day) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = firstDay; !d.isAfter(day) && !d.isAfter(lastDay); d = d.plusDays(1)) {
            if (isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

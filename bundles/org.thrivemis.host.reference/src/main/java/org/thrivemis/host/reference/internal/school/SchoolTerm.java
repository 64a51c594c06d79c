package org.thrivemis.host.reference.internal.school;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A term of the sample school, with DfE-like dates: autumn from the first weekday of September to
 * the last Friday on or before 19 December, half term in the week of the last Monday of October;
 * spring from the first Monday on or after 4 January to the Friday nine days before Easter Sunday
 * (the Easter holiday is the week before Easter and the week after), half term in the week of the
 * third Monday of February; summer from the Monday eight days after Easter Sunday to the last
 * Friday on or before 22 July, half term in the week of the last Monday of May. Each term starts
 * with an INSET day, when the school is closed to pupils.
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

    /** The spring term of the academic year. */
    public static SchoolTerm spring(AcademicYear year) {
        int y = year.startYear() + 1;
        LocalDate first = LocalDate.of(y, 1, 4).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate halfTerm = LocalDate.of(y, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY));
        LocalDate last = easterSunday(y).minusDays(9);
        return new SchoolTerm("Spring term " + y, first, last, halfTerm, halfTerm.plusDays(4), first);
    }

    /** The summer term of the academic year. */
    public static SchoolTerm summer(AcademicYear year) {
        int y = year.startYear() + 1;
        LocalDate first = easterSunday(y).plusDays(8);
        LocalDate halfTerm = LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = LocalDate.of(y, 7, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        return new SchoolTerm("Summer term " + y, first, last, halfTerm, halfTerm.plusDays(4), first);
    }

    /** The three terms of the academic year, in order. */
    public static List<SchoolTerm> ofYear(AcademicYear year) {
        return List.of(autumn(year), spring(year), summer(year));
    }

    /** Easter Sunday (anonymous Gregorian algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int h = (19 * a + b - b / 4 - (b - (b + 8) / 25 + 1) / 3 + 15) % 30;
        int l = (32 + 2 * (b % 4) + 2 * (c / 4) - h - c % 4) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        return LocalDate.of(year, month, (h + l - 7 * m + 114) % 31 + 1);
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

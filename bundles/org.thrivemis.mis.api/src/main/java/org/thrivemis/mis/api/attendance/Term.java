package org.thrivemis.mis.api.attendance;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * A term of the English school year, for attendance "this term" when the host says nothing about
 * its own term dates. Terms are cut where every English school is on holiday: autumn runs from
 * 1 September to 31 December, spring from 1 January to Easter Sunday (the Easter holiday always
 * contains it), summer from Easter Monday to 31 August. Registers are only taken on school days,
 * so the holiday days either side do not change any figure.
 *
 * @param name e.g. "Autumn term 2026"
 * @param firstDay first day, inclusive
 * @param lastDay last day, inclusive
 */
public record Term(String name, LocalDate firstDay, LocalDate lastDay) {

    private static final MonthDay YEAR_START = MonthDay.of(9, 1);

    public Term {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException(name + ": last day " + lastDay + " is before first day " + firstDay);
        }
    }

    /** The term the day falls in. */
    public static Term containing(LocalDate day) {
        return termsOfYear(day).stream().filter(t -> t.contains(day)).findFirst().orElseThrow();
    }

    /** The three terms of the academic year (1 September to 31 August) the day falls in. */
    public static List<Term> termsOfYear(LocalDate day) {
        int start = MonthDay.from(day).isBefore(YEAR_START) ? day.getYear() - 1 : day.getYear();
        LocalDate easter = easterSunday(start + 1);
        return List.of(new Term("Autumn term " + start, LocalDate.of(start, 9, 1), LocalDate.of(start, 12, 31)),
                new Term("Spring term " + (start + 1), LocalDate.of(start + 1, 1, 1), easter),
                new Term("Summer term " + (start + 1), easter.plusDays(1), LocalDate.of(start + 1, 8, 31)));
    }

    /** 1 September of the academic year the day falls in. */
    public static LocalDate yearStart(LocalDate day) {
        return termsOfYear(day).get(0).firstDay();
    }

    /** Whether the day is in this term. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    /** Easter Sunday of the year, by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int dayOfMonth = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, dayOfMonth);
    }
}

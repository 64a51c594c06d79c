package org.thrivemis.imports.csv.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Dates as UK exports and spreadsheets write them: day/month/year with slashes, dashes or dots,
 * with or without leading zeros (25/12/2024, 5/1/2024, 05-01-2024, 5.1.2024), and ISO 2024-01-05.
 * Strict: 31/02/2024 is not a date. Two-digit years are refused rather than guessed.
 */
final class UkDates {
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2,4})");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<DateTimeFormatter> FORMATS = List.of(strict("d/M/uuuu"));

    private UkDates() {
    }

    /** The date, or the reason it is not one (for the message; the caller adds field and line). */
    static Parsed parse(String text) {
        String t = text.strip();
        Parsed quick = dayMonthYear(t);
        if (quick != null) {
            return quick;
        }
        if (ISO.matcher(t).matches()) {
            try {
                return Parsed.ok(LocalDate.parse(t, strict("uuuu-MM-dd")));
            } catch (DateTimeParseException e) {
                return Parsed.bad("'" + t + "' is not a real date");
            }
        }
        var m = DAY_MONTH_YEAR.matcher(t);
        if (!m.matches()) {
            return Parsed.bad("'" + t + "' is not a date: write it as day/month/year, e.g. 25/12/2024");
        }
        if (m.group(3).length() != 4) {
            return Parsed.bad("'" + t + "' has a " + m.group(3).length() + "-digit year: write the year in full,"
                    + " e.g. 25/12/2024");
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month > 12 && day <= 12) {
            return Parsed.bad("'" + t + "' has month " + month + ": dates are day/month/year (UK), not month/day/year");
        }
        try {
            return Parsed.ok(LocalDate.parse(day + "/" + month + "/" + m.group(3), FORMATS.get(0)));
        } catch (DateTimeParseException e) {
            return Parsed.bad("'" + t + "' is not a real date (day/month/year)");
        }
    }

    /**
     * The common case read without regular expressions or a formatter (a million-row export has two or
     * three dates a row): d/M/yyyy with '/', '.' or '-', a month of 1–12. Null for anything else, which
     * the full reading above explains.
     */
    private static Parsed dayMonthYear(String t) {
        int n = t.length();
        int i = 0;
        int day = 0;
        int digits = 0;
        while (i < n && digits < 3 && isDigit(t.charAt(i))) {
            day = day * 10 + (t.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0 || digits > 2 || i >= n || !isSeparator(t.charAt(i++))) {
            return null;
        }
        int month = 0;
        digits = 0;
        while (i < n && digits < 3 && isDigit(t.charAt(i))) {
            month = month * 10 + (t.charAt(i++) - '0');
            digits++;
        }
        if (digits == 0 || digits > 2 || i >= n || !isSeparator(t.charAt(i++)) || month < 1 || month > 12) {
            return null;
        }
        if (n - i != 4) {
            return null;
        }
        int year = 0;
        for (; i < n; i++) {
            if (!isDigit(t.charAt(i))) {
                return null;
            }
            year = year * 10 + (t.charAt(i) - '0');
        }
        try {
            return Parsed.ok(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Parsed.bad("'" + t + "' is not a real date (day/month/year)");
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '.' || c == '-';
    }

    /** A date or why not. */
    record Parsed(LocalDate date, String problem) {
        static Parsed ok(LocalDate date) {
            return new Parsed(date, "");
        }

        static Parsed bad(String problem) {
            return new Parsed(null, problem);
        }

        boolean valid() {
            return date != null;
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT);
    }
}

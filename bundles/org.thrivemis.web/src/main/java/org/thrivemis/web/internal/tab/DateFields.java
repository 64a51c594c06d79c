package org.thrivemis.web.internal.tab;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thrivemis.api.Problem;

/**
 * The three boxes of a GOV.UK date input (day, month, year) as typed, and their reading as a date.
 * Messages follow the GOV.UK date input pattern and quote what was typed.
 */
public record DateFields(String day, String month, String year) {

    public DateFields {
        day = clean(day);
        month = clean(month);
        year = clean(year);
    }

    /** Nothing typed. */
    public static DateFields empty() {
        return new DateFields("", "", "");
    }

    /**
     * The date the boxes hold. All three blank is neither a date nor a problem here: whether the
     * date is required is the domain's rule, and it says so in its own words.
     *
     * @param field the field the problem is reported against, e.g. {@code decidedOn}
     * @param label the question as the form asks it, e.g. "Date the decision was made"
     */
    public Reading read(String field, String label) {
        if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
            return new Reading(Optional.empty(), Optional.empty());
        }
        String typed = day + "/" + month + "/" + year;
        List<String> missing = new ArrayList<>();
        if (day.isEmpty()) {
            missing.add("day");
        }
        if (month.isEmpty()) {
            missing.add("month");
        }
        if (year.isEmpty()) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            return problem(field, typed, label + " must include a " + String.join(" and ", missing));
        }
        Optional<String> notNumber = notNumber("day", day, "27")
                .or(() -> notNumber("month", month, "3"))
                .or(() -> notNumber("year", year, "2026"));
        if (notNumber.isPresent()) {
            return problem(field, typed, label + ": " + notNumber.get());
        }
        if (year.length() != 4) {
            return problem(field, typed, label + ": the year must have 4 numbers, for example 2026, not \"" + year + "\"");
        }
        int d = Integer.parseInt(day);
        int m = Integer.parseInt(month);
        int y = Integer.parseInt(year);
        if (m < 1 || m > 12) {
            return problem(field, typed, label + ": the month must be from 1 to 12, not \"" + month + "\"");
        }
        YearMonth ym = YearMonth.of(y, m);
        if (d < 1 || d > ym.lengthOfMonth()) {
            String monthName = Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK);
            return problem(field, typed, label + " must be a real date: " + monthName + " " + y + " has "
                    + ym.lengthOfMonth() + " days, so " + typed + " does not exist");
        }
        return new Reading(Optional.of(LocalDate.of(y, m, d)), Optional.empty());
    }

    private static Optional<String> notNumber(String part, String value, String example) {
        // At most 4 digits also keeps Integer.parseInt safe from overflow.
        if (value.matches("[0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of("the " + part + " must be a number, for example " + example + ", not \"" + value + "\"");
    }

    private static Reading problem(String field, String typed, String message) {
        return new Reading(Optional.empty(), Optional.of(new Problem(field, typed, message)));
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /**
     * What the boxes say: a date, a problem, or (all blank) neither.
     *
     * @param date the date when the boxes hold a real one
     * @param problem what is wrong with what was typed
     */
    public record Reading(Optional<LocalDate> date, Optional<Problem> problem) {
    }
}

package org.thrivemis.host.reference.internal.school;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * The year groups of an English primary school. A child's year group follows from their date of
 * birth: Reception holds children who turn 5 during the academic year, i.e. born from 1 September
 * five years before it starts to 31 August four years before; each later year is a year older.
 */
public enum YearGroup {
    RECEPTION("R", "Reception", 0),
    YEAR_1("1", "Year 1", 1),
    YEAR_2("2", "Year 2", 2),
    YEAR_3("3", "Year 3", 3),
    YEAR_4("4", "Year 4", 4),
    YEAR_5("5", "Year 5", 5),
    YEAR_6("6", "Year 6", 6);

    private final String label;
    private final String displayName;
    private final int yearsAfterReception;

    YearGroup(String label, String displayName, int yearsAfterReception) {
        this.label = label;
        this.displayName = displayName;
        this.yearsAfterReception = yearsAfterReception;
    }

    /** The label the host gives pupils and classes ({@code R}, {@code 1} … {@code 6}). */
    public String label() {
        return label;
    }

    /** The name shown to staff, e.g. "Reception", "Year 3". */
    public String displayName() {
        return displayName;
    }

    /** Years since this cohort was in Reception. */
    public int yearsAfterReception() {
        return yearsAfterReception;
    }

    /** The first date of birth of the year group in the given academic year (a 1 September). */
    public LocalDate earliestBirthDate(AcademicYear year) {
        return LocalDate.of(year.startYear() - 5 - yearsAfterReception, 9, 1);
    }

    /** The last date of birth of the year group in the given academic year (a 31 August). */
    public LocalDate latestBirthDate(AcademicYear year) {
        return LocalDate.of(year.startYear() - 4 - yearsAfterReception, 8, 31);
    }

    /** The year group with the label. */
    public static Optional<YearGroup> ofLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }

    /** "Reception" or "Year N" for a host label; other labels are shown as they are. */
    public static String displayNameOf(String label) {
        return ofLabel(label).map(YearGroup::displayName).orElse(label);
    }
}

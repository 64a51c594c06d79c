package org.thrivemis.web.internal.impact;

import java.util.Locale;
import java.util.OptionalDouble;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;

/**
 * Attendance of a group of pupils over one phase: the sessions pooled across the pupils, so a
 * pupil with more possible sessions weighs more (as the DfE's school-level figures do).
 *
 * @param pupils pupils who had at least one possible session in the phase
 * @param possible possible sessions (not-possible ones left out)
 * @param attended sessions attended (present or approved educational activity)
 */
public record Figure(int pupils, int possible, int attended) {

    /** No pupils, no sessions. */
    public static final Figure NONE = new Figure(0, 0, 0);

    /** The figure of one pupil's statistics. */
    public static Figure of(AttendanceStatistics statistics) {
        int possible = statistics.possibleSessions();
        return new Figure(possible > 0 ? 1 : 0, possible, statistics.attendedSessions());
    }

    /** This figure and another pooled. */
    public Figure plus(Figure other) {
        return new Figure(pupils + other.pupils, possible + other.possible, attended + other.attended);
    }

    /** Attendance %, empty without possible sessions. */
    public OptionalDouble percentage() {
        return possible == 0 ? OptionalDouble.empty() : OptionalDouble.of(attended * 100.0 / possible);
    }

    /** e.g. "92.5%", or "No data" for the page. */
    public String text() {
        OptionalDouble p = percentage();
        return p.isPresent() ? String.format(Locale.UK, "%.1f%%", p.getAsDouble()) : "No data";
    }

    /** e.g. "92.5", or empty for the CSV (a number a spreadsheet can sum). */
    public String csv() {
        OptionalDouble p = percentage();
        return p.isPresent() ? String.format(Locale.UK, "%.1f", p.getAsDouble()) : "";
    }
}

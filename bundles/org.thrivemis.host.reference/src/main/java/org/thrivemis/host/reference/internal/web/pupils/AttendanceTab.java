package org.thrivemis.host.reference.internal.web.pupils;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thrivemis.host.reference.internal.school.SchoolTerm;
import org.thrivemis.host.reference.internal.web.CodeLegend;
import org.thrivemis.host.reference.internal.web.UkDates;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.attendance.AttendanceCategory;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;

/**
 * The host's "Attendance" tab: this term's attendance percentage and sessions per DfE category,
 * persistent absence called out, withdrawn (legacy) codes noted, and the last four weeks of the
 * register.
 *
 * @param termName e.g. "Autumn term 2026"
 * @param period the dates the figures cover, or empty before the first register
 * @param percentage e.g. "93.8%", empty without possible sessions
 * @param persistentAbsence whether attendance is below 90%
 * @param possibleSessions sessions that count
 * @param attendedSessions sessions attended (present or approved activity)
 * @param categories sessions per category
 * @param legacyCodes sessions with a code withdrawn in 2024
 * @param unknownCodes sessions with a code that is not a DfE code
 * @param weeks the last four weeks, oldest first
 * @param legend the codes in those weeks
 */
public record AttendanceTab(String termName, String period, String percentage, boolean persistentAbsence,
        int possibleSessions, int attendedSessions, List<CategoryRow> categories, int legacyCodes, int unknownCodes,
        List<WeekRow> weeks, List<CodeLegend.Entry> legend) {

    /** The tab's id. */
    public static final String ID = "attendance";
    /** Weeks in the register table. */
    static final int WEEKS = 4;

    /** Sessions in one category. */
    public record CategoryRow(String label, int sessions) {
    }

    /**
     * One week of the register: Monday to Friday, morning then afternoon.
     *
     * @param weekCommencing the Monday, UK format
     * @param codes ten codes, empty where no register was taken
     */
    public record WeekRow(String weekCommencing, List<String> codes) {
    }

    /** The session headings of a week row. */
    public static final List<String> SESSION_HEADINGS = List.of("Mon AM", "Mon PM", "Tue AM", "Tue PM", "Wed AM",
            "Wed PM", "Thu AM", "Thu PM", "Fri AM", "Fri PM");

    /** Whether any register has been taken this term. */
    public boolean hasRegisters() {
        return !period.isEmpty();
    }

    /**
     * The tab for a pupil's marks of the term up to today.
     *
     * @param term the current term
     * @param today today
     * @param marks the pupil's marks from the first day of term to today
     */
    public static AttendanceTab of(SchoolTerm term, LocalDate today, List<AttendanceMark> marks) {
        AttendanceStatistics stats = AttendanceStatistics.of(marks.stream().map(AttendanceMark::code).toList());
        List<CategoryRow> categories = new ArrayList<>();
        for (AttendanceCategory category : AttendanceCategory.values()) {
            categories.add(new CategoryRow(category.label(), stats.count(category)));
        }
        String period = marks.isEmpty() ? "" : UkDates.date(marks.get(0).date()) + " to "
                + UkDates.date(marks.get(marks.size() - 1).date());
        String percentage = stats.percentage().isPresent()
                ? String.format(Locale.UK, "%.1f%%", stats.percentage().getAsDouble()) : "";

        Map<String, String> byDaySession = new HashMap<>();
        marks.forEach(m -> byDaySession.put(m.date() + m.session().name(), m.code()));
        LocalDate lastDay = today.isAfter(term.lastDay()) ? term.lastDay() : today;
        LocalDate lastMonday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<WeekRow> weeks = new ArrayList<>();
        List<String> shownCodes = new ArrayList<>();
        for (int w = WEEKS - 1; w >= 0; w--) {
            LocalDate monday = lastMonday.minusWeeks(w);
            List<String> codes = new ArrayList<>();
            for (int d = 0; d < 5; d++) {
                for (String session : List.of("AM", "PM")) {
                    String code = byDaySession.getOrDefault(monday.plusDays(d) + session, "");
                    codes.add(code);
                    shownCodes.add(code);
                }
            }
            weeks.add(new WeekRow(UkDates.date(monday), codes));
        }
        return new AttendanceTab(term.name(), period, percentage, stats.persistentAbsence(), stats.possibleSessions(),
                stats.attendedSessions(), categories, stats.legacyCodes(), stats.unknownCodes(), weeks,
                CodeLegend.of(shownCodes));
    }
}

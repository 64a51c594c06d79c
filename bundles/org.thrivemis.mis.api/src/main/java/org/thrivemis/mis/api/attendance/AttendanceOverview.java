package org.thrivemis.mis.api.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.mis.api.AttendanceMark;

/**
 * One pupil's attendance as a class view shows it: this term, this academic year (up to today)
 * and week by week for a trend, each by DfE category (see {@link AttendanceStatistics}).
 *
 * @param term statistics of the term containing today, up to today
 * @param year statistics since 1 September, up to today
 * @param weeks the last weeks up to today, oldest first, one entry per week (Monday to Sunday);
 *        a week without a possible session has no percentage
 */
public record AttendanceOverview(AttendanceStatistics term, AttendanceStatistics year, List<Week> weeks) {

    /** A week's statistics, named by its Monday. */
    public record Week(LocalDate monday, AttendanceStatistics statistics) {
        public Week {
            Objects.requireNonNull(monday, "monday");
            Objects.requireNonNull(statistics, "statistics");
        }
    }

    public AttendanceOverview {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(year, "year");
        weeks = List.copyOf(weeks);
    }

    /** The first day whose marks an overview on {@code today} needs: the earlier of 1 September and the trend's first Monday. */
    public static LocalDate firstDayNeeded(LocalDate today, int trendWeeks) {
        LocalDate trendStart = firstMonday(today, trendWeeks);
        LocalDate yearStart = Term.yearStart(today);
        return trendStart.isBefore(yearStart) ? trendStart : yearStart;
    }

    /**
     * Overviews of many pupils from their marks (for example one {@link org.thrivemis.mis.api.AttendanceSource}
     * call for a whole class from {@link #firstDayNeeded}). Marks after today are ignored; every
     * pupil asked for gets an overview, empty statistics when they have no marks.
     */
    public static Map<String, AttendanceOverview> of(Collection<String> pupilIds, Collection<AttendanceMark> marks,
            LocalDate today, int trendWeeks) {
        Term term = Term.containing(today);
        LocalDate yearStart = Term.yearStart(today);
        LocalDate trendStart = firstMonday(today, trendWeeks);
        Map<String, List<String>> termCodes = new HashMap<>();
        Map<String, List<String>> yearCodes = new HashMap<>();
        Map<String, List<List<String>>> weekCodes = new HashMap<>();
        for (AttendanceMark mark : marks) {
            LocalDate day = mark.date();
            if (day.isAfter(today)) {
                continue;
            }
            if (!day.isBefore(yearStart)) {
                yearCodes.computeIfAbsent(mark.pupilId(), k -> new ArrayList<>()).add(mark.code());
            }
            if (term.contains(day)) {
                termCodes.computeIfAbsent(mark.pupilId(), k -> new ArrayList<>()).add(mark.code());
            }
            if (!day.isBefore(trendStart)) {
                int week = (int) (java.time.temporal.ChronoUnit.DAYS.between(trendStart, day) / 7);
                List<List<String>> byWeek = weekCodes.computeIfAbsent(mark.pupilId(), k -> emptyWeeks(trendWeeks));
                byWeek.get(week).add(mark.code());
            }
        }
        Map<String, AttendanceOverview> result = new HashMap<>();
        for (String id : pupilIds) {
            List<List<String>> byWeek = weekCodes.getOrDefault(id, emptyWeeks(trendWeeks));
            List<Week> weeks = new ArrayList<>(trendWeeks);
            for (int w = 0; w < trendWeeks; w++) {
                weeks.add(new Week(trendStart.plusWeeks(w), AttendanceStatistics.of(byWeek.get(w))));
            }
            result.put(id, new AttendanceOverview(AttendanceStatistics.of(termCodes.getOrDefault(id, List.of())),
                    AttendanceStatistics.of(yearCodes.getOrDefault(id, List.of())), weeks));
        }
        return result;
    }

    private static LocalDate firstMonday(LocalDate today, int trendWeeks) {
        if (trendWeeks < 1) {
            throw new IllegalArgumentException("trendWeeks must be at least 1, was " + trendWeeks);
        }
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(trendWeeks - 1L);
    }

    private static List<List<String>> emptyWeeks(int n) {
        List<List<String>> weeks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weeks.add(new ArrayList<>());
        }
        return weeks;
    }
}

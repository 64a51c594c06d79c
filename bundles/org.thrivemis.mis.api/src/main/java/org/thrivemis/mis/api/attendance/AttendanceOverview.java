package org.thrivemis.mis.api.attendance;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.DateRange;

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
        long todayDay = today.toEpochDay();
        long yearStart = Term.yearStart(today).toEpochDay();
        long termFirst = term.firstDay().toEpochDay();
        long termLast = term.lastDay().toEpochDay();
        LocalDate trendStartDate = firstMonday(today, trendWeeks);
        long trendStart = trendStartDate.toEpochDay();
        // one pass over a year of marks, counting categories as it goes (no list of codes per pupil):
        // a class page summarises some 11,000 marks per request
        Map<String, Tally> tallies = new HashMap<>();
        Map<String, java.util.Optional<AttendanceCode>> codes = new HashMap<>();
        Tally last = null;
        for (AttendanceMark mark : marks) {
            long day = mark.date().toEpochDay();
            if (day > todayDay) {
                continue;
            }
            Tally t = last != null && last.pupilId.equals(mark.pupilId()) ? last
                    : tallies.computeIfAbsent(mark.pupilId(), id -> new Tally(id, trendWeeks));
            last = t;
            // registers repeat a handful of codes: look each text up once per call, not once per mark
            AttendanceCode code = codes.computeIfAbsent(mark.code(), AttendanceCode::of).orElse(null);
            if (day >= yearStart) {
                t.year.add(code);
            }
            if (day >= termFirst && day <= termLast) {
                t.term.add(code);
            }
            if (day >= trendStart) {
                t.weeks[(int) ((day - trendStart) / 7)].add(code);
            }
        }
        Map<String, AttendanceOverview> result = new HashMap<>();
        Tally none = new Tally("", trendWeeks);
        for (String id : pupilIds) {
            Tally t = tallies.getOrDefault(id, none);
            List<Week> weeks = new ArrayList<>(trendWeeks);
            for (int w = 0; w < trendWeeks; w++) {
                weeks.add(new Week(trendStartDate.plusWeeks(w), t.weeks[w].statistics()));
            }
            result.put(id, new AttendanceOverview(t.term.statistics(), t.year.statistics(), weeks));
        }
        return result;
    }

    /**
     * The ranges an overview on {@code today} is made of, in this order: this year (1 September to
     * today), this term up to today, then each trend week (Monday to Sunday, up to today), oldest
     * first. Ask {@link org.thrivemis.mis.api.AttendanceSource#counts} for them and give the answer to
     * {@link #fromCounts}.
     *
     * @since 1.2
     */
    public static List<DateRange> ranges(LocalDate today, int trendWeeks) {
        Term term = Term.containing(today);
        LocalDate trendStart = firstMonday(today, trendWeeks);
        List<DateRange> ranges = new ArrayList<>(2 + trendWeeks);
        ranges.add(new DateRange(Term.yearStart(today), today));
        ranges.add(new DateRange(term.firstDay(), term.lastDay().isBefore(today) ? term.lastDay() : today));
        for (int w = 0; w < trendWeeks; w++) {
            LocalDate monday = trendStart.plusWeeks(w);
            LocalDate sunday = monday.plusDays(6);
            ranges.add(new DateRange(monday, sunday.isBefore(today) ? sunday : today));
        }
        return List.copyOf(ranges);
    }

    /**
     * Overviews of many pupils from their sessions counted by code over {@link #ranges}{@code (today,
     * trendWeeks)}: the same overviews {@link #of} makes from their marks. Every pupil asked for gets an
     * overview, empty statistics when the counts do not name them.
     *
     * @since 1.2
     */
    public static Map<String, AttendanceOverview> fromCounts(Collection<String> pupilIds,
            Map<String, List<Map<String, Integer>>> counts, LocalDate today, int trendWeeks) {
        LocalDate trendStart = firstMonday(today, trendWeeks);
        int expected = 2 + trendWeeks;
        Map<String, AttendanceOverview> result = new HashMap<>();
        for (String id : pupilIds) {
            List<Map<String, Integer>> perRange = counts.getOrDefault(id, List.of());
            if (!perRange.isEmpty() && perRange.size() != expected) {
                throw new IllegalArgumentException("counts of " + id + " cover " + perRange.size()
                        + " ranges; an overview needs " + expected + " (see ranges(today, trendWeeks))");
            }
            List<Week> weeks = new ArrayList<>(trendWeeks);
            for (int w = 0; w < trendWeeks; w++) {
                weeks.add(new Week(trendStart.plusWeeks(w), statisticsOf(perRange, 2 + w)));
            }
            result.put(id, new AttendanceOverview(statisticsOf(perRange, 1), statisticsOf(perRange, 0), weeks));
        }
        return result;
    }

    private static AttendanceStatistics statisticsOf(List<Map<String, Integer>> perRange, int index) {
        return AttendanceStatistics.ofCounts(perRange.isEmpty() ? Map.of() : perRange.get(index));
    }

    /** Sessions counted by category, as {@link AttendanceStatistics#of} counts them. */
    private static final class Counts {
        private final int[] byCategory = new int[AttendanceCategory.values().length];
        private int unknown;
        private int legacy;

        void add(AttendanceCode code) {
            if (code == null) {
                unknown++;
                return;
            }
            if (code.isLegacy()) {
                legacy++;
            }
            byCategory[code.category().ordinal()]++;
        }

        AttendanceStatistics statistics() {
            Map<AttendanceCategory, Integer> counts = new EnumMap<>(AttendanceCategory.class);
            for (AttendanceCategory c : AttendanceCategory.values()) {
                if (byCategory[c.ordinal()] > 0) {
                    counts.put(c, byCategory[c.ordinal()]);
                }
            }
            return new AttendanceStatistics(counts, unknown, legacy);
        }
    }

    /** One pupil's counts: term, year and each trend week. */
    private static final class Tally {
        private final String pupilId;
        private final Counts term = new Counts();
        private final Counts year = new Counts();
        private final Counts[] weeks;

        Tally(String pupilId, int trendWeeks) {
            this.pupilId = pupilId;
            this.weeks = new Counts[trendWeeks];
            for (int i = 0; i < trendWeeks; i++) {
                weeks[i] = new Counts();
            }
        }
    }

    private static LocalDate firstMonday(LocalDate today, int trendWeeks) {
        if (trendWeeks < 1) {
            throw new IllegalArgumentException("trendWeeks must be at least 1, was " + trendWeeks);
        }
        return today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(trendWeeks - 1L);
    }

}

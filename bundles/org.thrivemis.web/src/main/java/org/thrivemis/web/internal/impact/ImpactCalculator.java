package org.thrivemis.web.internal.impact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.impact.PlanPeriod;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.attendance.AttendanceStatistics;

/**
 * The before/during/after arithmetic, free of services so it can be tested alone. Each pupil with
 * a plan counts from their first plan that has started: "before" is the {@code weeksBefore} weeks
 * up to the day before it started, "during" runs from the start to its latest review or closing
 * (today while active), "after" from the day after closing to today (closed plans only). The
 * comparison group (pupils with no plan at all) is measured over the same school days: the union of
 * the group's plan pupils' days of that phase. Pupils whose only plans start after today are in
 * neither group. Not-possible sessions are left out (see {@link AttendanceStatistics}).
 */
public final class ImpactCalculator {

    private ImpactCalculator() {
    }

    /** A group of pupils to report on, e.g. the school or one class. */
    public record Group(String level, String name, Collection<String> pupilIds) {
    }

    /** One pupil's phases, each as inclusive [from, to]; absent phases are left out. */
    record Windows(Map<Phase, LocalDate[]> byPhase) {
        boolean covers(Phase phase, LocalDate day) {
            LocalDate[] w = byPhase.get(phase);
            return w != null && !day.isBefore(w[0]) && !day.isAfter(w[1]);
        }
    }

    /**
     * The rows, in the order of the groups given.
     *
     * @param periods every pupil the viewer may see, with their plans (an empty list: no plan)
     * @param marks attendance marks of those pupils covering the earliest "before" day to today
     */
    public static List<ImpactRow> rows(List<Group> groups, Map<String, List<PlanPeriod>> periods,
            Collection<AttendanceMark> marks, LocalDate today, int weeksBefore) {
        Map<String, Windows> windows = new HashMap<>();
        Set<String> comparison = new HashSet<>();
        periods.forEach((id, plans) -> {
            Optional<PlanPeriod> first = plans.stream().filter(p -> !p.start().isAfter(today))
                    .min(java.util.Comparator.comparing(PlanPeriod::start));
            if (first.isPresent()) {
                windows.put(id, windows(first.get(), today, weeksBefore));
            } else if (plans.isEmpty()) {
                comparison.add(id);
            }
        });
        Map<String, List<AttendanceMark>> marksOf = new HashMap<>();
        for (AttendanceMark m : marks) {
            if (!m.date().isAfter(today)) {
                marksOf.computeIfAbsent(m.pupilId(), k -> new ArrayList<>()).add(m);
            }
        }
        List<ImpactRow> rows = new ArrayList<>();
        for (Group group : groups) {
            List<String> planned = group.pupilIds().stream().filter(windows::containsKey).distinct().toList();
            List<String> others = group.pupilIds().stream().filter(comparison::contains).distinct().toList();
            Map<Phase, Figure> plannedFigures = new EnumMap<>(Phase.class);
            Map<Phase, Figure> comparisonFigures = new EnumMap<>(Phase.class);
            for (Phase phase : Phase.values()) {
                Figure sum = Figure.NONE;
                Set<LocalDate> days = new HashSet<>();
                for (String id : planned) {
                    Windows w = windows.get(id);
                    sum = sum.plus(figure(marksOf.getOrDefault(id, List.of()), d -> w.covers(phase, d)));
                    LocalDate[] range = w.byPhase().get(phase);
                    if (range != null) {
                        for (LocalDate d = range[0]; !d.isAfter(range[1]); d = d.plusDays(1)) {
                            days.add(d);
                        }
                    }
                }
                plannedFigures.put(phase, sum);
                Figure others1 = Figure.NONE;
                for (String id : others) {
                    others1 = others1.plus(figure(marksOf.getOrDefault(id, List.of()), days::contains));
                }
                comparisonFigures.put(phase, others1);
            }
            rows.add(new ImpactRow(group.level(), group.name(), planned.size(), others.size(), plannedFigures,
                    comparisonFigures));
        }
        return rows;
    }

    /** The first day whose marks {@link #rows} needs: {@code weeksBefore} weeks before the earliest start. */
    public static Optional<LocalDate> firstDayNeeded(Map<String, List<PlanPeriod>> periods, LocalDate today,
            int weeksBefore) {
        return periods.values().stream().flatMap(List::stream).map(PlanPeriod::start)
                .filter(s -> !s.isAfter(today)).min(LocalDate::compareTo).map(s -> s.minusWeeks(weeksBefore));
    }

    static Windows windows(PlanPeriod plan, LocalDate today, int weeksBefore) {
        Map<Phase, LocalDate[]> w = new EnumMap<>(Phase.class);
        LocalDate start = plan.start();
        w.put(Phase.BEFORE, new LocalDate[] {start.minusWeeks(weeksBefore), start.minusDays(1)});
        LocalDate end = plan.end().filter(e -> e.isBefore(today)).orElse(today);
        if (end.isBefore(start)) {
            end = start; // a review or closing recorded before the start date: the plan lasted its first day
        }
        w.put(Phase.DURING, new LocalDate[] {start, end});
        if (plan.closed() && end.isBefore(today)) {
            w.put(Phase.AFTER, new LocalDate[] {end.plusDays(1), today});
        }
        return new Windows(w);
    }

    private static Figure figure(List<AttendanceMark> marks, java.util.function.Predicate<LocalDate> inPhase) {
        List<String> codes = new ArrayList<>();
        for (AttendanceMark m : marks) {
            if (inPhase.test(m.date())) {
                codes.add(m.code());
            }
        }
        return Figure.of(AttendanceStatistics.of(codes));
    }
}

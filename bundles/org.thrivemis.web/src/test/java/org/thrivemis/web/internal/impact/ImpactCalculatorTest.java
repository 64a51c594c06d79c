package org.thrivemis.web.internal.impact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.impact.PlanPeriod;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;

/** Attendance before, during and after a plan, against pupils without one, as a senior lead would check it. */
class ImpactCalculatorTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20); // a Friday
    private static final LocalDate START = LocalDate.of(2026, 11, 2); // a Monday; 2 weeks before: 19 Oct to 1 Nov

    private final List<AttendanceMark> marks = new ArrayList<>();

    @Test
    void aPupilWhoseAttendanceImprovesOnceThePlanStartsAgainstTheComparisonGroup() {
        // PLAN: half absent in the two weeks before, always present during, two not-possible sessions left out
        sessions("PLAN", LocalDate.of(2026, 10, 19), 5, "/");
        sessions("PLAN", LocalDate.of(2026, 10, 26), 5, "O");
        sessions("PLAN", START, 10, "/");
        sessions("PLAN", LocalDate.of(2026, 11, 16), 2, "Y2");
        // OTHER (no plan): 80% on the same "before" days, 90% during; an absence long before is outside both
        sessions("OTHER", LocalDate.of(2026, 10, 19), 8, "/");
        sessions("OTHER", LocalDate.of(2026, 10, 29), 2, "O");
        sessions("OTHER", START, 9, "/");
        sessions("OTHER", LocalDate.of(2026, 11, 13), 1, "O");
        sessions("OTHER", LocalDate.of(2026, 9, 7), 3, "O");
        Map<String, List<PlanPeriod>> periods = Map.of(
                "PLAN", List.of(new PlanPeriod("PLAN", 1, PlanStatus.ACTIVE, START, Optional.empty())),
                "OTHER", List.of());

        ImpactRow row = ImpactCalculator.rows(List.of(new ImpactCalculator.Group("School", "Whole school",
                List.of("PLAN", "OTHER"))), periods, marks, TODAY, 2).get(0);

        assertEquals(1, row.withPlan());
        assertEquals(1, row.withoutPlan());
        assertEquals("50.0%", row.planned(Phase.BEFORE).text());
        assertEquals("100.0%", row.planned(Phase.DURING).text(), "the Y2 sessions are not possible: left out");
        assertEquals(10, row.planned(Phase.DURING).possible());
        assertEquals("80.0%", row.comparison(Phase.BEFORE).text());
        assertEquals("90.0%", row.comparison(Phase.DURING).text());
        assertEquals("No data", row.planned(Phase.AFTER).text(), "an active plan has no 'after'");
        assertEquals("No data", row.comparison(Phase.AFTER).text());
    }

    @Test
    void aClosedPlanHasAnAfterPhaseAndPupilsAreCountedPerClass() {
        LocalDate closed = LocalDate.of(2026, 11, 6);
        sessions("CLOSED", LocalDate.of(2026, 10, 19), 10, "O");
        sessions("CLOSED", START, 4, "O");
        sessions("CLOSED", START.plusDays(2), 6, "/");
        sessions("CLOSED", LocalDate.of(2026, 11, 9), 10, "/");
        sessions("CLOSED", LocalDate.of(2026, 11, 16), 10, "/");
        sessions("OTHER", LocalDate.of(2026, 11, 9), 10, "/");
        sessions("OTHER", LocalDate.of(2026, 11, 16), 5, "O");
        Map<String, List<PlanPeriod>> periods = Map.of(
                "CLOSED", List.of(new PlanPeriod("CLOSED", 1, PlanStatus.CLOSED, START, Optional.of(closed))),
                "OTHER", List.of(),
                "FUTURE", List.of(new PlanPeriod("FUTURE", 2, PlanStatus.ACTIVE, TODAY.plusDays(10), Optional.empty())));

        List<ImpactRow> rows = ImpactCalculator.rows(List.of(
                new ImpactCalculator.Group("Class", "Year 3 Oak", List.of("CLOSED", "OTHER")),
                new ImpactCalculator.Group("Class", "Year 4 Ash", List.of("FUTURE"))), periods, marks, TODAY, 2);

        ImpactRow oak = rows.get(0);
        assertEquals("0.0%", oak.planned(Phase.BEFORE).text());
        assertEquals("60.0%", oak.planned(Phase.DURING).text());
        assertEquals("100.0%", oak.planned(Phase.AFTER).text());
        assertEquals("66.7%", oak.comparison(Phase.AFTER).text(), "OTHER over the days after the plan: 10 present of 15");
        assertEquals("No data", oak.comparison(Phase.BEFORE).text(), "OTHER has no marks then");
        ImpactRow ash = rows.get(1);
        assertEquals(0, ash.withPlan(), "a plan that has not started yet does not count");
        assertEquals(0, ash.withoutPlan(), "nor is a pupil about to start one a comparison");
        assertEquals(Optional.of(START.minusWeeks(2)), ImpactCalculator.firstDayNeeded(periods, TODAY, 2));
    }

    @Test
    void noPlansAtAllGivesComparisonPupilsButNoDaysToCompare() {
        sessions("OTHER", LocalDate.of(2026, 11, 9), 10, "/");
        ImpactRow row = ImpactCalculator.rows(List.of(new ImpactCalculator.Group("School", "Whole school",
                List.of("OTHER"))), Map.of("OTHER", List.of()), marks, TODAY, 6).get(0);
        assertEquals(0, row.withPlan());
        assertEquals(1, row.withoutPlan());
        assertTrue(row.comparison(Phase.DURING).percentage().isEmpty());
        assertEquals(Optional.empty(), ImpactCalculator.firstDayNeeded(Map.of("OTHER", List.of()), TODAY, 6));
    }

    /** {@code n} sessions with this code, AM and PM of consecutive school days from {@code from}. */
    private void sessions(String pupil, LocalDate from, int n, String code) {
        LocalDate day = from;
        for (int i = 0; i < n; i++) {
            while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
            marks.add(new AttendanceMark(pupil, day, i % 2 == 0 ? Session.AM : Session.PM, code));
            if (i % 2 == 1) {
                day = day.plusDays(1);
            }
        }
    }
}

package org.thrivemis.web.internal.classview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;
import static org.thrivemis.web.internal.Fixtures.pupil;
import static org.thrivemis.web.internal.Fixtures.viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Actor;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.ClassViewRead;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.api.classview.PupilInsight.PlanSummary;
import org.thrivemis.api.classview.PupilInsight.ProfileSummary;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.mis.api.AttendanceMark;
import org.thrivemis.mis.api.AttendanceMark.Session;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;
import org.thrivemis.mis.api.SchoolClass;

/** Our class-view columns: what each cell says, its sort key and filters, and one bulk read per page. */
class ClassViewColumnsTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2027-02-10T10:00:00Z"), ZoneId.of("Europe/London"));

    private final List<List<String>> insightCalls = new ArrayList<>();
    private final Map<String, PupilInsight> answers = Map.of(
            "p1", new PupilInsight("p1",
                    Optional.of(new ProfileSummary(ProfileKind.BASELINE, LocalDate.of(2026, 9, 20), Optional.of(Strand.DOING),
                            Strand.SKILLS_AND_STRUCTURE, List.of(Strand.DOING))),
                    Optional.of(new ProfileSummary(ProfileKind.GROUP, LocalDate.of(2026, 10, 15),
                            Optional.of(Strand.THINKING), Strand.SKILLS_AND_STRUCTURE, List.of(Strand.THINKING))),
                    Optional.of(new PlanSummary(5, LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 26))), false),
            "p2", new PupilInsight("p2", Optional.empty(), Optional.empty(), Optional.empty(), true));
    private final ClassInsights insights = new ClassInsights() {
        @Override
        public Map<String, PupilInsight> insights(Actor actor, Collection<String> pupilIds) {
            throw new UnsupportedOperationException("the page reads through classView");
        }

        @Override
        public ClassViewRead classView(Actor actor, Collection<String> pupilIds) {
            insightCalls.add(List.copyOf(pupilIds));
            return new ClassViewRead(answers, Map.of());
        }

        @Override
        public Map<String, PupilInsight> wholeSchool(Actor actor, Collection<String> pupilIds) {
            throw new UnsupportedOperationException("not the class view");
        }
    };
    private final InsightColumns shared = new InsightColumns(insights, ROLES);

    private ColumnRequest request(String... ids) {
        return new ColumnRequest(viewer("teacher"), new SchoolClass("c1", "Year 3 Oak", "3", List.of("s1")),
                java.util.Arrays.stream(ids).map(id -> pupil(id)).toList(), Locale.UK);
    }

    @Test
    void theStageAndPlanColumnsShareOneBulkReadPerPage() {
        ColumnRequest request = request("p1", "p2", "p3");
        Map<String, ColumnCell> stage = new StageColumn(shared).cells(request);
        Map<String, ColumnCell> plan = new PlanColumn(shared).cells(request);
        assertEquals(List.of(List.of("p1", "p2", "p3")), insightCalls, "one read for the class, shared");
        assertEquals(ColumnCell.EMPTY, stage.get("p3"), "a pupil the viewer may not see gets an empty cell");
        assertEquals(ColumnCell.EMPTY, plan.get("p3"));
    }

    @Test
    void theStageCellShowsWorkingAgainstAgeExpectedAndNeedsBaseline() {
        Map<String, ColumnCell> cells = new StageColumn(shared).cells(request("p1", "p2"));
        ColumnCell amy = cells.get("p1");
        assertTrue(amy.html().contains("<strong>Doing</strong>") && amy.html().contains("age-expected: Skills and structure"),
                amy.html());
        assertTrue(amy.html().contains("Below age-expected"));
        assertEquals("1", amy.sortKey(), "Doing sorts after Being, before Thinking");
        assertEquals(Set.of(StageColumn.BELOW), amy.facets());
        ColumnCell ben = cells.get("p2");
        assertTrue(ben.html().contains("No profile yet") && ben.html().contains("Needs baseline"), ben.html());
        assertEquals("", ben.sortKey(), "no profile: last");
        assertEquals(Set.of(StageColumn.NEEDS_BASELINE, StageColumn.NO_PROFILE), ben.facets());
        assertEquals(Set.of(StageColumn.BELOW, StageColumn.NEEDS_BASELINE, StageColumn.NO_PROFILE),
                new StageColumn(shared).facets(Locale.UK).keySet());
    }

    @Test
    void thePlanCellShowsTheNextReviewOverdueMarkAndTheLatestScreening() {
        ColumnCell cell = new PlanColumn(shared).cell(answers.get("p1"), TODAY);
        assertTrue(cell.html().contains("Active plan, review 26 January 2027"), cell.html());
        assertTrue(cell.html().contains("Review overdue"));
        assertTrue(cell.html().contains("Screening: Thinking (15 October 2026)"), cell.html());
        assertEquals("2027-01-26", cell.sortKey());
        assertEquals(Set.of(PlanColumn.ACTIVE, PlanColumn.OVERDUE), cell.facets());
        ColumnCell none = new PlanColumn(shared).cell(answers.get("p2"), TODAY);
        assertTrue(none.html().contains("No active plan"));
        assertEquals(Set.of(), none.facets());
    }

    @Test
    void theAttendanceCellGivesTermYearPersistentAbsenceAndATrendWithItsText() {
        List<List<Object>> calls = new ArrayList<>();
        AttendanceColumn column = new AttendanceColumn((ids, from, to) -> {
            calls.add(List.of(List.copyOf(ids), from, to));
            List<AttendanceMark> marks = new ArrayList<>();
            // p1: autumn 100%, this week half absent -> year below 90%? 6 of 8 = 75%
            marks.add(new AttendanceMark("p1", LocalDate.of(2026, 11, 2), Session.AM, "/"));
            marks.add(new AttendanceMark("p1", LocalDate.of(2026, 11, 2), Session.PM, "\\"));
            marks.add(new AttendanceMark("p1", LocalDate.of(2027, 2, 8), Session.AM, "/"));
            marks.add(new AttendanceMark("p1", LocalDate.of(2027, 2, 8), Session.PM, "O"));
            marks.add(new AttendanceMark("p1", LocalDate.of(2027, 2, 9), Session.AM, "I"));
            marks.add(new AttendanceMark("p1", LocalDate.of(2027, 2, 9), Session.PM, "\\"));
            marks.add(new AttendanceMark("p1", LocalDate.of(2027, 2, 10), Session.AM, "#"));
            marks.add(new AttendanceMark("p2", LocalDate.of(2027, 2, 8), Session.AM, "/"));
            return marks;
        }, CLOCK, 0);
        Map<String, ColumnCell> cells = column.cells(request("p1", "p2"));
        assertEquals(1, calls.size(), "one call for the class");
        assertEquals(LocalDate.of(2026, 9, 1), calls.get(0).get(1), "from 1 September");
        assertEquals(TODAY, calls.get(0).get(2));
        ColumnCell p1 = cells.get("p1");
        assertTrue(p1.html().contains("Term: <strong>50.0%</strong>"), p1.html());
        assertTrue(p1.html().contains("Year: <strong>66.7%</strong>"), p1.html());
        assertTrue(p1.html().contains("Persistent absence"));
        assertTrue(p1.html().contains("<svg class=\"app-sparkline\" role=\"img\""), p1.html());
        assertTrue(p1.html().contains("<title>Weekly attendance, oldest first: no register, no register, no register,"
                + " no register, no register, no register, no register, 50%</title>"), p1.html());
        assertTrue(p1.html().contains("<path d=\"M0 6H74\""), "the 90% line: " + p1.html());
        assertTrue(p1.html().contains("<circle cx=\"72\" cy=\"22\" r=\"1\"/>"), "the lone last week, 50%: " + p1.html());
        assertEquals("066.67", p1.sortKey());
        assertEquals(Set.of(AttendanceColumn.PERSISTENT_ABSENCE, AttendanceColumn.TERM_BELOW), p1.facets());
        ColumnCell p2 = cells.get("p2");
        assertEquals("100.00", p2.sortKey());
        assertFalse(p2.html().contains("Persistent absence"));
        assertTrue(p1.sortKey().compareTo(p2.sortKey()) < 0, "text order is numeric order");
    }

    @Test
    void overdueFollowsTheHostsClockNotTheSystemClock() {
        Clock beforeReview = Clock.fixed(Instant.parse("2027-01-20T10:00:00Z"), ZoneId.of("Europe/London"));
        ColumnCell early = new PlanColumn(new InsightColumns(insights, ROLES, beforeReview)).cells(request("p1")).get("p1");
        assertFalse(early.html().contains("Review overdue"), early.html());
        assertEquals(Set.of(PlanColumn.ACTIVE), early.facets());
        ColumnCell late = new PlanColumn(new InsightColumns(insights, ROLES, CLOCK)).cells(request("p1")).get("p1");
        assertTrue(late.html().contains("Review overdue"), late.html());
        assertEquals(Set.of(PlanColumn.ACTIVE, PlanColumn.OVERDUE), late.facets());
    }

    @Test
    void summariesAreReusedForTheConfiguredSecondsAndOnlyMissingPupilsAreRead() throws Exception {
        List<List<String>> asked = new ArrayList<>();
        List<String> codes = new ArrayList<>(List.of("/"));
        AttendanceColumn column = new AttendanceColumn((ids, from, to) -> {
            asked.add(List.copyOf(ids));
            return ids.stream().map(id -> new AttendanceMark(id, LocalDate.of(2027, 2, 8), Session.AM, codes.get(0)))
                    .toList();
        }, CLOCK, 3600);
        assertTrue(column.cells(request("p1")).get("p1").html().contains("Term: <strong>100.0%</strong>"));
        codes.set(0, "O"); // the register is corrected to an unauthorised absence
        Map<String, ColumnCell> again = column.cells(request("p1", "p2"));
        assertEquals(List.of(List.of("p1"), List.of("p2")), asked, "p1 came from memory, only p2 was read");
        assertTrue(again.get("p1").html().contains("Term: <strong>100.0%</strong>"), "within the bound: as read");
        assertTrue(again.get("p2").html().contains("Term: <strong>0.0%</strong>"));

        AttendanceColumn uncached = new AttendanceColumn((ids, from, to) -> ids.stream()
                .map(id -> new AttendanceMark(id, LocalDate.of(2027, 2, 8), Session.AM, codes.get(0))).toList(), CLOCK, 0);
        assertTrue(uncached.cells(request("p1")).get("p1").html().contains("Term: <strong>0.0%</strong>"),
                "0 seconds: every page reads the registers");
    }

    @Test
    void recentCellsExpireAfterTheirSecondsAndStayBounded() {
        RecentCells recent = new RecentCells(60);
        ColumnCell cell = new ColumnCell("x", "1");
        recent.keep(Map.of("p1", cell), TODAY, 0);
        assertEquals(Map.of("p1", cell), recent.fresh(List.of("p1", "p2"), TODAY, 59_000_000_000L));
        assertEquals(Map.of(), recent.fresh(List.of("p1"), TODAY.plusDays(1), 1), "a new day: read again");
        assertEquals(Map.of(), recent.fresh(List.of("p1"), TODAY, 60_000_000_000L), "after 60 s: read again");
        for (int i = 0; i < RecentCells.MAX_ENTRIES + 50; i++) {
            recent.keep(Map.of("q" + i, cell), TODAY, 0);
        }
        assertEquals(RecentCells.MAX_ENTRIES, recent.size());
    }

    @Test
    void figuresAreWrittenAsTheFormatterWouldWriteThem() {
        for (int sessions = 1; sessions <= 400; sessions++) {
            for (int attended = 0; attended <= sessions; attended += Math.max(1, sessions / 37)) {
                double percent = attended * 100.0 / sessions;
                assertEquals(String.format(Locale.ROOT, "%.1f", percent), Sparkline.oneDecimal(percent), attended + "/" + sessions);
                assertEquals(String.format(Locale.ROOT, "%06.2f", percent), AttendanceColumn.sortKey(percent),
                        attended + "/" + sessions);
            }
        }
    }

    @Test
    void aSparklineBreaksAtHolidaysAndDrawsLoneWeeksAsDots() {
        Sparkline line = Sparkline.of(List.of(OptionalDouble.of(100), OptionalDouble.of(90), OptionalDouble.empty(),
                OptionalDouble.of(50)));
        assertEquals(2, line.segments().size());
        assertEquals("2,2 12,6", line.segments().get(0));
        assertTrue(Sparkline.isDot(line.segments().get(1)));
        assertEquals("6", line.threshold());
        assertEquals("32,22", line.segments().get(1), "50% or less at the bottom");
        assertEquals("Weekly attendance, oldest first: 100%, 90%, no register, 50%", line.text());
    }

    @Test
    void theMemoIsPerStaffMemberAndExpires() {
        InsightsMemo memo = new InsightsMemo();
        Actor a = ROLES.actor("s1", "A", Set.of("teacher"));
        Actor b = ROLES.actor("s2", "B", Set.of("teacher"));
        memo.read(insights, a, List.of("p1"));
        memo.read(insights, a, List.of("p1"));
        memo.read(insights, b, List.of("p1"));
        memo.read(insights, a, List.of("p1", "p2"));
        assertEquals(3, insightCalls.size(), "the same staff member and pupils: answered from the memo");
    }
}

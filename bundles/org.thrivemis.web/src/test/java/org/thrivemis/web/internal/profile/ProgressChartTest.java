package org.thrivemis.web.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.web.internal.Templates;

class ProgressChartTest {

    private static final Instant NOON = Instant.parse("2026-11-01T12:00:00Z");

    @Test
    void needsTwoCompletedProfilesAndIgnoresDrafts() {
        assertTrue(ProgressChart.of("Ada", List.of(profile(1, LocalDate.of(2026, 9, 10), AssessmentStatus.COMPLETED, 50),
                profile(2, LocalDate.of(2026, 11, 10), AssessmentStatus.DRAFT, 75))).isEmpty());
    }

    @Test
    void eachStrandIsALineOverTheProfilesOldestFirstWithTheSameFiguresInATable() {
        ProgressChart chart = ProgressChart.of("Ada Lovelace", List.of(
                profile(3, LocalDate.of(2027, 1, 12), AssessmentStatus.COMPLETED, 100),
                profile(1, LocalDate.of(2026, 9, 10), AssessmentStatus.COMPLETED, 50))).orElseThrow();
        assertEquals(List.of("Baseline profile, 10 September 2026", "Baseline profile, 12 January 2027"),
                chart.columns().stream().map(ProgressChart.Column::label).toList());
        ProgressChart.Line being = chart.lines().get(0);
        assertEquals("Being", being.strand());
        assertEquals(List.of(50, 100), being.values());
        assertEquals("50," + ProgressChart.y(50) + " 130," + ProgressChart.y(100), being.points());
        assertEquals(6, chart.lines().size());
        assertEquals(6, chart.lines().stream().map(ProgressChart.Line::dash).distinct().count(),
                "every strand has its own dash pattern, not colour alone");
        String html = new Templates().render("profile/progress.jte", chart);
        assertTrue(html.contains("role=\"img\" aria-labelledby=\"progress-chart-title progress-chart-desc\""), html);
        assertTrue(html.contains("<title id=\"progress-chart-title\">Strands over time for Ada Lovelace</title>"));
        assertTrue(html.contains("<th scope=\"row\" class=\"govuk-table__header\">Being</th>"));
        assertTrue(html.contains("<td class=\"govuk-table__cell govuk-table__cell--numeric\">50%</td>"));
    }

    private static Profile profile(long id, LocalDate on, AssessmentStatus status, int beingSecure) {
        Assessment a = new Assessment(id, "p1", ProfileKind.BASELINE, "", status, on, "pack", "1.0.0", Map.of(), "S003",
                "Amira", NOON, "Amira", status == AssessmentStatus.COMPLETED ? Optional.of(NOON) : Optional.empty(), 1);
        List<StrandResult> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            int secure = s == Strand.BEING ? beingSecure / 25 : 4;
            strands.add(new StrandResult(s, 4, secure, 4 - secure, 0, secure == 4 ? List.of() : List.of(s.name() + "-1")));
        }
        return new Profile(a, new ProfileResult(strands, beingSecure < 100 ? Optional.of(Strand.BEING) : Optional.empty(),
                Strand.SKILLS_AND_STRUCTURE));
    }
}

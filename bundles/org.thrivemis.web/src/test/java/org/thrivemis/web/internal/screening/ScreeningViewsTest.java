package org.thrivemis.web.internal.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.api.screening.Allocation;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.PupilScreening;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.web.internal.Templates;

/** The grid and class profile as a user meets them: every control labelled, no consent shown, figures in the table. */
class ScreeningViewsTest {
    private static final ScreeningRound ROUND = new ScreeningRound(7, "year-3-oak", "Year 3 Oak", 2026, Term.AUTUMN,
            RoundStatus.OPEN, "sample", "1.0.0", LocalDate.of(2026, 11, 2), "S002", "James Whitaker",
            Instant.parse("2026-11-02T10:00:00Z"), "James Whitaker", Optional.empty(), 4);
    private static final List<Statement> STATEMENTS = List.of(new Statement("b1", Strand.BEING, "Feels safe"),
            new Statement("s1", Strand.SKILLS_AND_STRUCTURE, "Follows rules"));
    private final Templates templates = new Templates();

    private static Page page() {
        return new Page("Screening: Year 3 Oak, Autumn 2026/27", "/assets/govuk-frontend.min.css", "/back", "Back",
                List.of());
    }

    @Test
    void everyCellIsASelectLabelledWithStatementAndPupilAndNoConsentCannotBeMarked() {
        ScreeningGrid grid = new ScreeningGrid(ROUND, true, STATEMENTS, List.of(
                new GridPupil("P1", "Ada Able", true, List.of("b1", "s1"), Map.of("b1", Level.SECURE)),
                new GridPupil("P2", "Ben Brook", false, List.of("b1", "s1"), Map.of())));

        String html = templates.render("screening/grid.jte", GridView.of(page(), grid, "tok", "_csrf", true,
                Optional.empty(), List.of(), Map.of()));

        Matcher selects = Pattern.compile("<select[^>]* id=\"([^\"]+)\"").matcher(html);
        int count = 0;
        while (selects.find()) {
            count++;
            assertTrue(html.contains("<label class=\"govuk-visually-hidden\" for=\"" + selects.group(1) + "\">"),
                    "select " + selects.group(1) + " has a label");
        }
        assertEquals(2, count, "Ben has no consent: no controls in his row");
        assertTrue(html.contains(">Feels safe for Ada Able</label>"));
        assertTrue(html.contains("<option value=\"SECURE\" selected>Secure</option>"));
        assertTrue(html.contains("No consent"));
        assertTrue(html.contains("name=\"_csrf\" value=\"tok\""));
        assertTrue(html.contains("aria-live=\"polite\""));
        assertTrue(html.contains("<script src=\"/thrive/assets/screening.js\"></script>"));
        assertTrue(html.contains("<span id=\"completed-count\">0</span> of <span id=\"markable-count\">1</span>"));
        assertFalse(html.contains("tabindex=\"1"), "no positive tabindex");
    }

    @Test
    void whoMayOnlyReadSeesLevelsAsTextWithoutFormsOrScript() {
        ScreeningGrid grid = new ScreeningGrid(ROUND, false, STATEMENTS, List.of(
                new GridPupil("P1", "Ada Able", true, List.of("b1", "s1"), Map.of("b1", Level.EMERGING))));

        String html = templates.render("screening/grid.jte", GridView.of(page(), grid, "tok", "_csrf", false,
                Optional.empty(), List.of(), Map.of()));

        assertFalse(html.contains("<select"));
        assertFalse(html.contains("screening.js"));
        assertFalse(html.contains("close-round"));
        assertTrue(html.contains("Emerging"));
    }

    @Test
    void theClassProfileHasADescribedHeatMapAndEveryFigureInTheTable() {
        ProfileResult ada = new ProfileResult(List.of(new StrandResult(Strand.BEING, 1, 0, 0, 1, List.of("b1")),
                new StrandResult(Strand.SKILLS_AND_STRUCTURE, 1, 1, 0, 0, List.of())), Optional.of(Strand.BEING),
                Strand.SKILLS_AND_STRUCTURE);
        ClassProfile profile = new ClassProfile(ROUND, List.of(Strand.BEING, Strand.SKILLS_AND_STRUCTURE), List.of(
                new PupilScreening("P1", "Ada Able", Optional.of(ada), Optional.of(new Allocation(Optional.of(
                        Strand.BEING))), List.of("'Not yet' in Being")),
                new PupilScreening("P2", "Ben Brook", Optional.empty(), Optional.empty(), List.of())));

        String html = templates.render("screening/profile.jte", ProfileView.of(page(), profile,
                "/pupils/{pupilId}?tab=thrive-profile", "/thrive/classes/year-3-oak/screening"));

        assertTrue(html.contains("role=\"img\" aria-labelledby=\"heat-title heat-desc\""));
        assertTrue(html.contains("Class share secure: Being 0%, Skills and structure 100%."));
        assertTrue(html.contains("0 of 1 secure (0%)"));
        assertTrue(html.contains("Not screened"));
        assertTrue(html.contains("<a class=\"govuk-link\" href=\"/pupils/P1?tab=thrive-profile\">Ada Able</a>"));
        assertTrue(html.contains("Being group"));
        assertEquals(4, html.split("stroke-width=\"1\"><title>", -1).length - 1, "a titled cell per strand and pupil");
        assertTrue(html.contains("<title>2. Ben Brook, Being: not screened</title>"));
    }
}

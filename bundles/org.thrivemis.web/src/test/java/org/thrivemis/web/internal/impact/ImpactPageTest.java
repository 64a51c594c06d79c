package org.thrivemis.web.internal.impact;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thrivemis.web.internal.Templates;

/** The impact page as rendered: a chart with its text alternative, the same numbers in a table, the CSV link. */
class ImpactPageTest {
    private final Templates templates = new Templates();

    @Test
    void chartAndTableCarryTheSameFiguresAndTheChartHasATextAlternative() {
        ImpactRow school = new ImpactRow("School", "Whole school", 2, 3,
                Map.of(Phase.BEFORE, new Figure(2, 40, 30), Phase.DURING, new Figure(2, 40, 38)),
                Map.of(Phase.BEFORE, new Figure(3, 60, 54), Phase.DURING, new Figure(3, 60, 57)));
        ImpactRow oak = new ImpactRow("Class", "Year 3 <Oak>", 1, 1, Map.of(Phase.DURING, new Figure(1, 20, 19)),
                Map.of());

        String html = templates.render("impact/page.jte", ImpactView.of("/s.css", List.of(school, oak), 6));

        assertTrue(html.contains("<svg role=\"img\" aria-labelledby=\"impact-title impact-desc\""), html);
        assertTrue(html.contains("Before the plan: with a plan 75.0%, without a plan 90.0%."), "desc names the numbers");
        assertTrue(html.contains(">75.0%</td>") && html.contains(">95.0%</td>"), "table has the same numbers");
        assertTrue(html.contains("Year 3 &lt;Oak&gt;"), "names escaped");
        assertTrue(html.contains("href=\"/thrive/impact.csv\""));
        assertTrue(html.contains("in the 6 weeks before"));
        assertFalse(html.contains("tabindex=\"1"), "no positive tabindex");
    }

    @Test
    void aRefusalShowsTheReasonAndNoFigures() {
        String html = templates.render("impact/page.jte",
                ImpactView.refused("/s.css", "Your Thrive role (Office) does not let you see the impact."));
        assertTrue(html.contains("Your Thrive role (Office) does not let you see the impact."));
        assertFalse(html.contains("<svg"));
        assertFalse(html.contains("impact-table"));
    }
}

package org.thrivemis.web.internal.impact;

import java.util.List;
import java.util.Optional;

/**
 * The impact page's model.
 *
 * @param stylesheet GOV.UK Frontend's stylesheet
 * @param weeksBefore the weeks counted as "before the plan"
 * @param rows the school row first, then the classes
 * @param chart the school row's chart (empty when refused)
 * @param csvHref the CSV download
 * @param refusal why the viewer may not see the page
 */
public record ImpactView(String stylesheet, int weeksBefore, List<ImpactRow> rows, Optional<ImpactChart> chart,
        String csvHref, Optional<String> refusal) {

    /** The page with figures. */
    public static ImpactView of(String stylesheet, List<ImpactRow> rows, int weeksBefore) {
        return new ImpactView(stylesheet, weeksBefore, List.copyOf(rows),
                rows.isEmpty() ? Optional.empty() : Optional.of(ImpactChart.of(rows.get(0))), ImpactServlet.CSV_PATH,
                Optional.empty());
    }

    /** The page saying why not. */
    public static ImpactView refused(String stylesheet, String reason) {
        return new ImpactView(stylesheet, 0, List.of(), Optional.empty(), ImpactServlet.CSV_PATH, Optional.of(reason));
    }

    /** The phases, in order, for the template. */
    public List<Phase> phases() {
        return List.of(Phase.values());
    }
}

package org.thrivemis.web.internal.impact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.thrivemis.mis.api.School;

/**
 * The impact page's model.
 *
 * @param stylesheet GOV.UK Frontend's stylesheet
 * @param weeksBefore the weeks counted as "before the plan"
 * @param rows the school row first, then the classes
 * @param chart the school row's chart (empty when refused)
 * @param csvHref the CSV download
 * @param refusal why the viewer may not see the page
 * @param schools the schools the viewer may choose between (a filter is shown for more than one)
 * @param school the key of the school chosen, empty for all of them
 */
public record ImpactView(String stylesheet, int weeksBefore, List<ImpactRow> rows, Optional<ImpactChart> chart,
        String csvHref, Optional<String> refusal, List<School> schools, String school) {

    public ImpactView {
        schools = List.copyOf(schools);
    }

    /** The page with figures, for one school of a trust or all the viewer sees. */
    public static ImpactView of(String stylesheet, List<ImpactRow> rows, int weeksBefore, List<School> schools,
            String school) {
        String csv = school.isEmpty() ? ImpactServlet.CSV_PATH
                : ImpactServlet.CSV_PATH + "?school=" + URLEncoder.encode(school, StandardCharsets.UTF_8);
        return new ImpactView(stylesheet, weeksBefore, List.copyOf(rows),
                rows.isEmpty() ? Optional.empty() : Optional.of(ImpactChart.of(rows.get(0))), csv,
                Optional.empty(), schools, school);
    }

    /** Whether the viewer sees several schools, so the page has a school filter. */
    public boolean severalSchools() {
        return schools.size() > 1;
    }

    /** The page with figures. */
    public static ImpactView of(String stylesheet, List<ImpactRow> rows, int weeksBefore) {
        return of(stylesheet, rows, weeksBefore, List.of(), "");
    }

    /** The page saying why not. */
    public static ImpactView refused(String stylesheet, String reason) {
        return new ImpactView(stylesheet, 0, List.of(), Optional.empty(), ImpactServlet.CSV_PATH, Optional.of(reason),
                List.of(), "");
    }

    /** The phases, in order, for the template. */
    public List<Phase> phases() {
        return List.of(Phase.values());
    }
}

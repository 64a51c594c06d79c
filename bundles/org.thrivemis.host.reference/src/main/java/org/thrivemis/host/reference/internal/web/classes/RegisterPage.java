package org.thrivemis.host.reference.internal.web.classes;

import java.util.List;
import org.thrivemis.host.reference.internal.web.Chrome;
import org.thrivemis.host.reference.internal.web.CodeLegend;

/**
 * Model of a class register for one week, with the columns plugins contribute.
 *
 * @param chrome page chrome
 * @param className the heading
 * @param yearGroup e.g. "Year 3"
 * @param teachers the teachers' names
 * @param weekHeading e.g. "Week commencing Monday 16 November 2026"
 * @param sessionHeadings ten headings, Monday morning to Friday afternoon
 * @param columns contributed columns, in order
 * @param rows one per pupil enrolled during the week
 * @param legend the codes on the page
 */
public record RegisterPage(Chrome chrome, String className, String yearGroup, String teachers, String weekHeading,
        List<SessionHeading> sessionHeadings, List<Column> columns, List<Row> rows, List<CodeLegend.Entry> legend) {

    public RegisterPage {
        sessionHeadings = List.copyOf(sessionHeadings);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
    }

    /** A session column's heading, e.g. day "Mon 16 Nov", session "AM". */
    public record SessionHeading(String day, String session) {
    }

    /** A contributed column: its id and header text. */
    public record Column(String id, String header) {
    }

    /** A contributed cell: its column's id and its HTML (escaped by the contributor). */
    public record Cell(String columnId, String html) {
    }

    /**
     * A pupil's row.
     *
     * @param href the pupil record
     * @param name the pupil's name
     * @param codes ten register codes, empty where none was taken
     * @param weekPercentage the week's attendance, e.g. "90.0%", or "–" without possible sessions
     * @param cells the contributed cells, in column order
     */
    public record Row(String href, String name, List<String> codes, String weekPercentage, List<Cell> cells) {
        public Row {
            codes = List.copyOf(codes);
            cells = List.copyOf(cells);
        }
    }

    /** Whether any register was taken during the week. */
    public boolean anyMarks() {
        return rows.stream().anyMatch(r -> r.codes().stream().anyMatch(c -> !c.isEmpty()));
    }
}

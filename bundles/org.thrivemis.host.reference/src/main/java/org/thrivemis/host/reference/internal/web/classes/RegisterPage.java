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
 * @param order the sort links of the pupil and week headers and the hidden fields that keep the order when filtering
 * @param filters the filters the columns offer (empty: no filter form)
 * @param count e.g. "Showing 4 of 30 pupils"
 */
public record RegisterPage(Chrome chrome, String className, String yearGroup, String teachers, String weekHeading,
        List<SessionHeading> sessionHeadings, List<Column> columns, List<Row> rows, List<CodeLegend.Entry> legend,
        Order order, List<Filter> filters, String count) {

    public RegisterPage {
        sessionHeadings = List.copyOf(sessionHeadings);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        legend = List.copyOf(legend);
        filters = List.copyOf(filters);
    }

    /** A sortable header's link and its {@code aria-sort} value. */
    public record Sort(String href, String ariaSort) {
    }

    /**
     * The page's order.
     *
     * @param pupil the pupil header's sort
     * @param week the week header's sort
     * @param sort the {@code sort} parameter in force
     * @param direction the {@code order} parameter in force
     * @param clearHref the page in this order without filters
     */
    public record Order(Sort pupil, Sort week, String sort, String direction, String clearHref) {
    }

    /**
     * One filter checkbox.
     *
     * @param value {@code column:facet}
     * @param label what it keeps, e.g. "Attendance under 90%"
     * @param checked whether it is chosen
     */
    public record Filter(String value, String label, boolean checked) {
    }

    /** A session column's heading, e.g. day "Mon 16 Nov", session "AM". */
    public record SessionHeading(String day, String session) {
    }

    /** A contributed column: its id, header text and sort link. */
    public record Column(String id, String header, Sort sort) {
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

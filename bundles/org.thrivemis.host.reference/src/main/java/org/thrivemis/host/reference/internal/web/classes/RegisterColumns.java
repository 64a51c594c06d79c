package org.thrivemis.host.reference.internal.web.classes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.thrivemis.host.reference.internal.web.Contribution;
import org.thrivemis.mis.api.ClassViewColumn;
import org.thrivemis.mis.api.ColumnCell;
import org.thrivemis.mis.api.ColumnRequest;

/**
 * Asks each contributed column for its header and, in one call, for the cells of the whole class.
 * A column that throws (or answers nothing) shows "Unavailable" in every cell and is logged; the
 * register itself always renders.
 */
final class RegisterColumns {

    /** Shown in each cell of a column that failed. */
    static final String UNAVAILABLE = "<span class=\"app-unavailable\">Unavailable</span>";

    /**
     * A column with its cells, keyed by pupil id, and the filters it offers.
     *
     * @param facetLabels facet id to label, in the column's order
     */
    record Filled(String id, String header, Map<String, ColumnCell> cells, Map<String, String> facetLabels) {
        String cellFor(String pupilId) {
            return cells.getOrDefault(pupilId, ColumnCell.EMPTY).html();
        }

        /** The pupil's sort key; empty for a pupil without a cell. */
        String sortKeyOf(String pupilId) {
            return cells.getOrDefault(pupilId, ColumnCell.EMPTY).sortKey();
        }

        /** Whether the pupil's cell carries the facet. */
        boolean matches(String pupilId, String facet) {
            return cells.getOrDefault(pupilId, ColumnCell.EMPTY).facets().contains(facet);
        }
    }

    private RegisterColumns() {
    }

    static List<Filled> fill(List<Contribution<ClassViewColumn>> columns, ColumnRequest request, Consumer<String> log) {
        List<Filled> filled = new ArrayList<>();
        for (Contribution<ClassViewColumn> column : columns) {
            String header;
            try {
                header = column.service().header(request.locale());
            } catch (RuntimeException | LinkageError e) {
                log.accept("Class-view column " + column.id() + " failed to give its header: " + e);
                header = column.id();
            }
            Map<String, String> facets = new LinkedHashMap<>();
            try {
                Map<String, String> offered = column.service().facets(request.locale());
                if (offered != null) {
                    facets.putAll(offered);
                }
            } catch (RuntimeException | LinkageError e) {
                // a column built against mis.api 1.0 has no facets(): no filters, cells still shown
                log.accept("Class-view column " + column.id() + " failed to give its filters: " + e);
            }
            Map<String, ColumnCell> cells = new LinkedHashMap<>();
            try {
                Map<String, ColumnCell> answer = column.service().cells(request);
                if (answer == null) {
                    throw new IllegalStateException("cells() returned null");
                }
                answer.forEach((pupilId, cell) -> cells.put(pupilId, cell == null ? ColumnCell.EMPTY : cell));
            } catch (RuntimeException | LinkageError e) {
                log.accept("Class-view column " + column.id() + " failed for class " + request.schoolClass().id()
                        + ": " + e);
                cells.clear();
                request.pupils().forEach(p -> cells.put(p.id(), new ColumnCell(UNAVAILABLE, "")));
                facets.clear();
            }
            filled.add(new Filled(column.id(), header, cells, facets));
        }
        return filled;
    }
}

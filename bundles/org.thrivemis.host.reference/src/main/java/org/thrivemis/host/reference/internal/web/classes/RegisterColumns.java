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

    /** A column with its cells, keyed by pupil id. */
    record Filled(String id, String header, Map<String, String> cellHtml) {
        String cellFor(String pupilId) {
            return cellHtml.getOrDefault(pupilId, "");
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
            Map<String, String> cells = new LinkedHashMap<>();
            try {
                Map<String, ColumnCell> answer = column.service().cells(request);
                if (answer == null) {
                    throw new IllegalStateException("cells() returned null");
                }
                answer.forEach((pupilId, cell) -> cells.put(pupilId, cell == null ? "" : cell.html()));
            } catch (RuntimeException | LinkageError e) {
                log.accept("Class-view column " + column.id() + " failed for class " + request.schoolClass().id()
                        + ": " + e);
                cells.clear();
                request.pupils().forEach(p -> cells.put(p.id(), UNAVAILABLE));
            }
            filled.add(new Filled(column.id(), header, cells));
        }
        return filled;
    }
}

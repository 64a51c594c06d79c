package org.thrivemis.web.internal.screening;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.GridPupil;
import org.thrivemis.api.screening.ScreeningGrid;

/**
 * The marking grid: one table, a row per pupil, a column per statement grouped by strand, each cell
 * a labelled select. The same form saves without JavaScript (Save button); with it, each change is
 * saved at once by {@code screening.js} through the JSON API.
 */
public record GridView(Page page, String caption, boolean sample, String action, String csrfField, String csrfToken,
        long version, String api, String script, List<Group> groups, List<Column> columns, List<Row> rows,
        long completed, long markable, boolean mayWrite, Optional<String> banner, List<String> conflicts) {

    /** A strand heading over its statements. */
    public record Group(String label, int span) {
    }

    public record Column(String id, String text, String strand) {
    }

    public record Row(String pupilId, String name, boolean consent, boolean complete, List<Cell> cells) {
    }

    /**
     * One cell. {@code applicable} is false for a statement outside the pupil's band.
     */
    public record Cell(String id, String name, String statementId, String label, boolean applicable,
            List<Option> options) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** The field name of a cell in the no-JavaScript form post. */
    static String field(String pupilId, String statementId) {
        return "m:" + pupilId + ":" + statementId;
    }

    static GridView of(Page page, ScreeningGrid grid, String csrfToken, String csrfField, boolean mayWrite,
            Optional<String> banner, List<String> conflicts, Map<String, Level> typed) {
        Map<String, Integer> spans = new LinkedHashMap<>();
        List<Column> columns = new ArrayList<>();
        for (Statement s : grid.statements()) {
            spans.merge(s.strand().label(), 1, Integer::sum);
            columns.add(new Column("st-" + s.id(), s.text(), s.strand().label()));
        }
        List<Group> groups = spans.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
        List<Row> rows = new ArrayList<>();
        for (GridPupil p : grid.pupils()) {
            List<Cell> cells = new ArrayList<>();
            for (Statement s : grid.statements()) {
                boolean applicable = p.statementIds().contains(s.id());
                Level chosen = typed.getOrDefault(field(p.pupilId(), s.id()), p.marks().get(s.id()));
                List<Option> options = new ArrayList<>();
                options.add(new Option("", "Choose a level", chosen == null));
                for (Level l : Level.values()) {
                    options.add(new Option(l.name(), l.label(), l == chosen));
                }
                cells.add(new Cell("m-" + p.pupilId() + "-" + s.id(), field(p.pupilId(), s.id()), s.id(),
                        s.text() + " for " + p.name(), applicable, options));
            }
            rows.add(new Row(p.pupilId(), p.name(), p.consent(), p.complete(), cells));
        }
        String caption = grid.round().className() + ", " + grid.round().title() + ": choose a level for each"
                + " statement. Pupils without parental consent cannot be marked.";
        return new GridView(page, caption, grid.samplePack(), ScreeningUrls.round(grid.round().id()), csrfField,
                csrfToken, grid.round().version(), ScreeningUrls.marksApi(grid.round().id()), ScreeningUrls.SCRIPT,
                groups, columns, rows, grid.completed(), grid.markable(), mayWrite, banner, List.copyOf(conflicts));
    }

    public int columnCount() {
        return columns.size();
    }
}

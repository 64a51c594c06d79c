package org.thrivemis.mis.api;

import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: a column on the host's class page, beside the host's own attendance columns.
 * Register with {@link #ID}, {@link #ORDER} and {@link #PERMISSION} (see
 * {@link org.thrivemis.mis.api.propertytypes.MisColumn}). Cells are computed for the whole class
 * in one call, so a column costs a fixed number of queries whatever the class size.
 */
@ConsumerType
public interface ClassViewColumn {

    /** Service property: unique column id, written to the page as {@code data-column-id}. */
    String ID = "mis.column.id";
    /** Service property (Integer): position among contributed columns, ascending. */
    String ORDER = "mis.column.order";
    /** Service property: the host permission a viewer needs to see the column. */
    String PERMISSION = "mis.column.permission";

    /** The column header. */
    String header(Locale locale);

    /** The cells, keyed by pupil id; a pupil without an entry gets an empty cell. */
    Map<String, ColumnCell> cells(ColumnRequest request);

    /**
     * The filters this column offers, facet id to label in the viewer's language (e.g.
     * {@code persistent-absence} to "Attendance under 90%"), in display order. The host offers
     * them on the class page and keeps the pupils whose cells carry every facet chosen.
     */
    default Map<String, String> facets(Locale locale) {
        return Map.of();
    }
}

package org.thrivemis.mis.api;

import java.util.Objects;
import java.util.Set;

/**
 * One cell of a class-view column.
 *
 * @param html the cell's content as an HTML fragment, escaped by the contributor
 * @param sortKey plain text the host sorts the column by (ascending = as the contributor means
 *        "first"; contributors pad numbers so text order is the intended order)
 * @param facets the ids of the column's filters this pupil matches (see
 *        {@link ClassViewColumn#facets(java.util.Locale)}); empty when none
 */
public record ColumnCell(String html, String sortKey, Set<String> facets) {
    public ColumnCell {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(sortKey, "sortKey");
        facets = Set.copyOf(facets);
    }

    /** A cell that matches none of the column's filters (the 1.0 shape). */
    public ColumnCell(String html, String sortKey) {
        this(html, sortKey, Set.of());
    }

    /** An empty cell. */
    public static final ColumnCell EMPTY = new ColumnCell("", "");
}

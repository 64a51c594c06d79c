package org.thrivemis.mis.api;

import java.util.Objects;

/**
 * One cell of a class-view column.
 *
 * @param html the cell's content as an HTML fragment, escaped by the contributor
 * @param sortKey plain text the host sorts and filters the column by
 */
public record ColumnCell(String html, String sortKey) {
    public ColumnCell {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(sortKey, "sortKey");
    }

    /** An empty cell. */
    public static final ColumnCell EMPTY = new ColumnCell("", "");
}

package org.thrivemis.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * {@code IN (?, ?, …)} lists for bulk reads: one statement for many pupils instead of one per
 * pupil. Portable between H2 and PostgreSQL (unlike {@code = ANY(?)} with an array).
 */
final class InList {

    /** Most ids bound in one statement; a class page stays far below it. */
    static final int CHUNK = 1000;

    private InList() {
    }

    /** {@code ?, ?, ?} for n parameters. */
    static String placeholders(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    /** Binds the values in order from parameter {@code first}; returns the next free index. */
    static int bind(PreparedStatement statement, int first, List<?> values) throws SQLException {
        int i = first;
        for (Object v : values) {
            statement.setObject(i++, v);
        }
        return i;
    }
}

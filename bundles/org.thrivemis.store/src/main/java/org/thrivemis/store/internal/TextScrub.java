package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Replaces a pupil's identifiers inside free-text columns that must stay (audit details, sync
 * issues) with {@value #ERASED}, in SQL that runs the same on H2 and PostgreSQL.
 */
final class TextScrub {

    static final String ERASED = "[erased]";

    private TextScrub() {
    }

    /** Scrubs each identifier out of each column of the table; returns the number of row updates. */
    static int scrub(Connection connection, String table, List<String> columns, List<String> identifiers)
            throws SQLException {
        return scrub(connection, table, columns, identifiers, "1 = 1", "");
    }

    /**
     * As {@link #scrub(Connection, String, List, List)}, only in the rows matching {@code condition}
     * (SQL with one string parameter, {@code value}).
     */
    static int scrub(Connection connection, String table, List<String> columns, List<String> identifiers,
            String condition, String value) throws SQLException {
        boolean parameter = condition.contains("?");
        int rows = 0;
        for (String column : columns) {
            String sql = "UPDATE " + table + " SET " + column + " = REPLACE(" + column
                    + ", CAST(? AS VARCHAR(1000)), '" + ERASED + "') WHERE POSITION(CAST(? AS VARCHAR(1000)) IN "
                    + column + ") > 0 AND " + condition;
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                for (String identifier : identifiers) {
                    update.setString(1, identifier);
                    update.setString(2, identifier);
                    if (parameter) {
                        update.setString(3, value);
                    }
                    rows += update.executeUpdate();
                }
            }
        }
        return rows;
    }
}

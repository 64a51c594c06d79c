package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

/** Small JDBC helpers the erasure steps share. */
final class Sql {

    private Sql() {
    }

    /** Runs an update with string parameters and returns the rows it touched. */
    static int update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }

    /** Adds a table's count to the report when it touched anything. */
    static void count(Map<String, Integer> counts, String table, int rows) {
        if (rows > 0) {
            counts.merge(table, rows, Integer::sum);
        }
    }
}

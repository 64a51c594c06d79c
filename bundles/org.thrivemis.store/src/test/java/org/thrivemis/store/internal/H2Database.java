package org.thrivemis.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;

/** A real H2 file database in a test's temporary directory, reached without any pool. */
final class H2Database {

    private final JdbcDataSource dataSource = new JdbcDataSource();

    H2Database(Path dir) {
        dataSource.setURL("jdbc:h2:file:" + dir.resolve("thrive"));
    }

    JdbcDataSource dataSource() {
        return dataSource;
    }

    /** A connection in a transaction of its own, as the store hands one to a unit of work. */
    Connection transaction() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }

    /** Runs SQL outside the store, e.g. to damage a row the way a hand edit would. */
    void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A single number from SQL, e.g. a count. */
    long queryLong(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

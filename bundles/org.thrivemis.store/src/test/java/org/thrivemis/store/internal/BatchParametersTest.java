package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A batch whose rows repeat, change, change back and go NULL stores every row as given, on H2 and on a
 * real PostgreSQL: a parameter left unset because it repeats keeps the row before's value, and only then.
 */
class BatchParametersTest {
    private static final Instant T1 = Instant.parse("2025-01-10T09:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2025-01-11T10:30:00Z");
    private static final LocalDate D1 = LocalDate.of(2025, 1, 10);
    private static final LocalDate D2 = LocalDate.of(2025, 2, 1);

    @TempDir
    Path dir;

    private record Row(String name, long number, LocalDate day, Optional<Instant> at, String note) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void everyRowOfABatchIsStoredAsGivenWhateverItRepeats(String database) throws SQLException {
        List<Row> rows = List.of(
                new Row("a", 1, D1, Optional.of(T1), null),
                new Row("a", 1, D1, Optional.of(T1), null),
                new Row("b", 1, D1, Optional.empty(), "x"),
                new Row("a", 2, D2, Optional.empty(), "x"),
                new Row("a", 2, D2, Optional.of(T2), null),
                new Row("a", 1, D1, Optional.of(T1), ""));
        String url = database.equals("h2") ? "jdbc:h2:file:" + dir.resolve("batch")
                : PostgreSqlServer.get().newDatabase();
        String user = database.equals("h2") ? "" : PostgreSqlServer.get().user();
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY, name VARCHAR(10), number BIGINT, on_day DATE,"
                        + " done_at TIMESTAMP WITH TIME ZONE, note VARCHAR(10))");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)")) {
                BatchParameters p = new BatchParameters(insert);
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    p.setLong(1, i);
                    p.setString(2, r.name());
                    p.setLong(3, r.number());
                    p.setDate(4, r.day());
                    p.setOptionalInstant(5, r.at());
                    if (r.note() == null) {
                        p.setNull(6, Types.VARCHAR);
                    } else {
                        p.setString(6, r.note());
                    }
                    insert.addBatch();
                }
                assertEquals(rows.size(), Arrays.stream(insert.executeBatch()).sum());
            }
            List<Row> stored = new ArrayList<>();
            try (Statement s = c.createStatement();
                    ResultSet read = s.executeQuery("SELECT name, number, on_day, done_at, note FROM t ORDER BY id")) {
                while (read.next()) {
                    stored.add(new Row(read.getString(1), read.getLong(2), read.getObject(3, LocalDate.class),
                            Optional.ofNullable(read.getObject(4, java.time.OffsetDateTime.class))
                                    .map(java.time.OffsetDateTime::toInstant), read.getString(5)));
                }
            }
            assertEquals(rows, stored);
        }
    }
}

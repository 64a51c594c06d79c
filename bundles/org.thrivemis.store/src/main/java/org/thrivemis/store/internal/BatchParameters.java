package org.thrivemis.store.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Sets a statement's parameters, skipping any whose value is the same as the row before in the batch:
 * JDBC keeps a parameter's value across {@code addBatch} (H2 and PostgreSQL both do), and a bulk insert
 * such as an import's repeats most of its columns on every row (the run, the format, the times, the
 * assessor), so a million-row batch converts each such value once instead of a million times. A new
 * instance per statement: its first row sets every parameter.
 */
final class BatchParameters {
    /** A value no parameter has: nothing set yet. */
    private static final Object UNSET = new Object();

    /** SQL NULL of a type, compared by type. */
    private record Null(int sqlType) {
    }

    private final PreparedStatement statement;
    private Object[] last = new Object[0];

    BatchParameters(PreparedStatement statement) {
        this.statement = Objects.requireNonNull(statement, "statement");
    }

    /**
     * Whether parameter {@code index} must be set for {@code value} (it was never set, or to something
     * else); remembers the value. The caller sets the parameter when this returns true.
     */
    boolean changes(int index, Object value) {
        if (index >= last.length) {
            int old = last.length;
            last = Arrays.copyOf(last, Math.max(index + 1, old * 2));
            Arrays.fill(last, old, last.length, UNSET);
        }
        Object before = last[index];
        if (before != UNSET && Objects.equals(before, value)) {
            return false;
        }
        last[index] = value;
        return true;
    }

    PreparedStatement statement() {
        return statement;
    }

    void setString(int index, String value) throws SQLException {
        if (changes(index, value)) {
            statement.setString(index, value);
        }
    }

    void setLong(int index, long value) throws SQLException {
        if (changes(index, value)) {
            statement.setLong(index, value);
        }
    }

    void setDate(int index, LocalDate value) throws SQLException {
        if (changes(index, value)) {
            Columns.setDate(statement, index, value);
        }
    }

    void setInstant(int index, Instant value) throws SQLException {
        if (changes(index, value)) {
            Columns.setInstant(statement, index, value);
        }
    }

    void setOptionalInstant(int index, Optional<Instant> value) throws SQLException {
        if (value.isPresent()) {
            setInstant(index, value.get());
        } else {
            setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    void setNull(int index, int sqlType) throws SQLException {
        if (changes(index, new Null(sqlType))) {
            statement.setNull(index, sqlType);
        }
    }
}

package org.thrivemis.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrivemis.api.store.StoreException;

/**
 * Reading and writing column values the same way on H2 and PostgreSQL: instants as
 * {@code TIMESTAMP WITH TIME ZONE} through {@link OffsetDateTime} (both drivers support it, neither
 * reliably supports {@link Instant}), dates as {@link LocalDate}, enums by name.
 */
final class Columns {

    private Columns() {
    }

    /** The instant as it comes back from the database: both keep microseconds, Java may carry nanoseconds. */
    static Instant storable(Instant value) {
        return value.truncatedTo(ChronoUnit.MICROS);
    }

    static void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(storable(value), ZoneOffset.UTC));
    }

    static Instant getInstant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    static void setDate(PreparedStatement statement, int index, LocalDate value) throws SQLException {
        statement.setObject(index, value);
    }

    static LocalDate getDate(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDate.class);
    }

    /**
     * The enum constant stored by name in the column.
     *
     * @throws StoreException naming table, row, column and value when the name is not a constant,
     *         e.g. a row written by a newer version of the bundle or edited by hand
     */
    static <E extends Enum<E>> E getEnum(ResultSet rows, String table, String column, Class<E> type)
            throws SQLException {
        return parse(type, rows.getString(column), table, rows.getLong("id"), column);
    }

    /** Enum names joined by commas in declaration order, so equal sets are stored equally. */
    static <E extends Enum<E>> String joinNames(Collection<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The set stored by {@link #joinNames}; an empty column is an empty set. */
    static <E extends Enum<E>> Set<E> getEnumSet(ResultSet rows, String table, String column, Class<E> type)
            throws SQLException {
        String stored = rows.getString(column);
        Set<E> values = EnumSet.noneOf(type);
        if (stored == null || stored.isBlank()) {
            return values;
        }
        long id = rows.getLong("id");
        Arrays.stream(stored.split(",")).map(String::strip)
                .forEach(name -> values.add(parse(type, name, table, id, column)));
        return values;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String table, long id, String column) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException(table + " id " + id + ": column " + column + " holds '" + name
                    + "', which is not a known " + type.getSimpleName() + " (known: "
                    + Arrays.toString(type.getEnumConstants()) + "). The row was written by another"
                    + " version of Thrive or changed by hand; correct it in the database.", e);
        }
    }
}

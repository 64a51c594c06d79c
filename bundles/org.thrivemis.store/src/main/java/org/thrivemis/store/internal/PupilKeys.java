package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything that identifies one pupil in the store: the pupil id the Thrive data is keyed by, and
 * the roster rows of that child in every source (found by the id as a source key, then by UPN, so a
 * OneRoster copy of the same child is found too). Erasure steps use it to find rows and texts.
 *
 * @param pupilId the id Thrive data is keyed by (the host pupil id)
 * @param rows the pupil's roster rows, archived ones included
 */
record PupilKeys(String pupilId, List<Row> rows) {

    private static final String SELECT = "SELECT id, source, source_key, upn, given_name, family_name, date_of_birth,"
            + " archived_at FROM roster_pupil WHERE ";

    /** One roster row of the pupil. */
    record Row(long id, String source, String sourceKey, Optional<String> upn, String givenName, String familyName,
            Optional<LocalDate> dateOfBirth, Optional<Instant> archivedAt) {
    }

    PupilKeys {
        rows = List.copyOf(rows);
    }

    /** The pupil's keys as the store holds them now. */
    static PupilKeys find(Connection connection, String pupilId) throws SQLException {
        Map<Long, Row> found = new LinkedHashMap<>();
        read(connection, "source_key = ?", pupilId, found);
        Set<String> upns = new LinkedHashSet<>();
        found.values().forEach(r -> r.upn().ifPresent(upns::add));
        for (String upn : upns) {
            read(connection, "upn = ?", upn, found);
        }
        return new PupilKeys(pupilId, new ArrayList<>(found.values()));
    }

    /**
     * Every string that identifies the pupil in a free text, longest first (so a full name is
     * replaced before its parts): the keys, then full names, given and family names.
     */
    List<String> identifiers() {
        Set<String> all = new LinkedHashSet<>(keys());
        all.addAll(names());
        return longestFirst(all);
    }

    /** The pupil id, source keys and UPNs: strings that mean this pupil wherever they occur. */
    List<String> keys() {
        Set<String> all = new LinkedHashSet<>();
        all.add(pupilId);
        for (Row r : rows) {
            all.add(r.sourceKey());
            r.upn().ifPresent(all::add);
        }
        return longestFirst(all);
    }

    /** Full, given and family names: they mean this pupil only in a text already about them. */
    List<String> names() {
        Set<String> all = new LinkedHashSet<>();
        for (Row r : rows) {
            all.add(r.givenName() + " " + r.familyName());
            all.add(r.givenName());
            all.add(r.familyName());
        }
        return longestFirst(all);
    }

    private static List<String> longestFirst(Set<String> strings) {
        // a one-letter name would scrub every text it occurs in; it identifies no one on its own
        return strings.stream().filter(s -> s.strip().length() > 1)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static void read(Connection connection, String condition, String value, Map<Long, Row> into)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT + condition)) {
            select.setString(1, value);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    OffsetDateTime archived = rs.getObject("archived_at", OffsetDateTime.class);
                    into.putIfAbsent(rs.getLong("id"), new Row(rs.getLong("id"), rs.getString("source"),
                            rs.getString("source_key"), Optional.ofNullable(rs.getString("upn")).filter(u -> !u.isBlank()),
                            rs.getString("given_name"), rs.getString("family_name"),
                            Optional.ofNullable(rs.getObject("date_of_birth", LocalDate.class)),
                            Optional.ofNullable(archived).map(OffsetDateTime::toInstant)));
                }
            }
        }
    }
}

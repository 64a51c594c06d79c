package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.thrivemis.api.dataprotection.HeldPupilDetails;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.store.DataProtectionRepository;
import org.thrivemis.api.store.StoreException;

/**
 * Subject access, erasure and retention over every table, on the connection of one transaction.
 * Erasure runs the steps of {@link ErasureSteps#ALL}; the retention query reads the roster.
 */
final class JdbcDataProtectionRepository implements DataProtectionRepository {

    /**
     * A pupil is gone once every roster row of theirs (by source key or UPN) is archived, and due
     * once the newest of those archivings is before the cutoff.
     */
    private static final String LEFT_BEFORE = "SELECT p.source_key, p.given_name, p.family_name, p.archived_at"
            + " FROM roster_pupil p WHERE p.archived_at IS NOT NULL AND p.archived_at < ? AND NOT EXISTS"
            + " (SELECT 1 FROM roster_pupil q WHERE (q.source_key = p.source_key OR q.upn = p.upn)"
            + " AND (q.archived_at IS NULL OR q.archived_at >= ?)) ORDER BY p.archived_at, p.source_key";

    private final Supplier<Connection> connection;

    JdbcDataProtectionRepository(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public List<HeldPupilDetails> heldDetails(String pupilId) {
        try {
            Connection c = connection.get();
            List<HeldPupilDetails> held = new ArrayList<>();
            for (PupilKeys.Row row : PupilKeys.find(c, pupilId).rows()) {
                held.add(new HeldPupilDetails(row.source(), row.sourceKey(), row.upn().orElse(""), row.givenName(),
                        row.familyName(), row.dateOfBirth(), classes(c, row), row.archivedAt()));
            }
            return held;
        } catch (SQLException e) {
            throw new StoreException("Could not read the roster entries of pupil " + pupilId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, Integer> erase(String pupilId, String token) {
        return run(pupilId, token, false);
    }

    @Override
    public Map<String, Integer> archive(String pupilId, String token) {
        return run(pupilId, token, true);
    }

    @Override
    public List<RetentionCandidate> leftBefore(Instant cutoff) {
        Map<String, RetentionCandidate> due = new LinkedHashMap<>();
        try (PreparedStatement select = connection.get().prepareStatement(LEFT_BEFORE)) {
            Columns.setInstant(select, 1, cutoff);
            Columns.setInstant(select, 2, cutoff);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    LocalDate left = LocalDate.ofInstant(Columns.getInstant(rs, "archived_at"), ZoneId.systemDefault());
                    String key = rs.getString("source_key");
                    // a later row of the same key wins: the pupil left when their last entry went
                    due.remove(key);
                    due.put(key, new RetentionCandidate(key,
                            rs.getString("given_name") + " " + rs.getString("family_name"), left));
                }
            }
            return List.copyOf(due.values());
        } catch (SQLException e) {
            throw new StoreException("Could not list the pupils who left before " + cutoff + ": " + e.getMessage(), e);
        }
    }

    private Map<String, Integer> run(String pupilId, String token, boolean archive) {
        Connection c = connection.get();
        Map<String, Integer> counts = new LinkedHashMap<>();
        ErasureStep current = null;
        try {
            // an import being committed writes its new profiles in batches of their own (StagedRows): wait until
            // it has ended, so none of its rows for this pupil arrives after the erasure or half under it
            lockLedger(c, archive);
            PupilKeys keys = PupilKeys.find(c, pupilId);
            for (ErasureStep step : ErasureSteps.ALL) {
                current = step;
                Map<String, Integer> done = archive ? step.archive(c, keys, token) : step.erase(c, keys, token);
                done.forEach((table, rows) -> counts.merge(table, rows, Integer::sum));
            }
            return counts;
        } catch (SQLException e) {
            String where = current == null ? "finding the pupil's roster rows" : current.getClass().getSimpleName();
            // the pupil id stays out of the message: it may be logged, and the erasure is to leave no trace
            throw new StoreException("Could not " + (archive ? "archive" : "erase") + " the pupil's Thrive data ("
                    + where + "); nothing was changed: " + e.getMessage(), e);
        }
    }

    private static void lockLedger(Connection c, boolean archive) {
        try {
            JdbcImportRepository.lockLedger(c);
        } catch (SQLException e) {
            throw new StoreException("Could not " + (archive ? "archive" : "erase") + " the pupil's Thrive data while"
                    + " an import of Thrive-Online data is being committed; nothing was changed. Try again when the"
                    + " import has finished (Admin, Imports): " + e.getMessage(), e);
        }
    }

    private static List<String> classes(Connection c, PupilKeys.Row row) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT class_key FROM roster_enrollment WHERE source = ? AND user_key = ? ORDER BY class_key")) {
            select.setString(1, row.source());
            select.setString(2, row.sourceKey());
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        }
    }
}

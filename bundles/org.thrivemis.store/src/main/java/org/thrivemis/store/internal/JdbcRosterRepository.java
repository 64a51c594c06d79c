package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.store.RosterChanges;
import org.thrivemis.api.store.RosterChanges.Changes;
import org.thrivemis.api.store.BaselineDone;
import org.thrivemis.api.store.RosterRepository;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.roster.SyncReport;

/**
 * The roster tables ({@code roster_*}) and sync runs ({@code sync_run}, {@code sync_run_count},
 * {@code sync_issue}), on the connection of one transaction. Changes go in JDBC batches so a
 * trust-sized sync is a handful of round trips per thousand rows, not one per row.
 */
final class JdbcRosterRepository implements RosterRepository {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough for driver buffers. */
    static final int BATCH = 1000;

    private final Supplier<Connection> connection;
    private final SyncRuns runs;

    JdbcRosterRepository(Supplier<Connection> connection) {
        this.connection = connection;
        this.runs = new SyncRuns(connection);
    }

    @Override
    public RosterState state(String source) {
        return new RosterState(rows(RosterTable.SCHOOLS, source), rows(RosterTable.CLASSES, source),
                rows(RosterTable.PUPILS, source), rows(RosterTable.STAFF, source),
                rows(RosterTable.ENROLLMENTS, source));
    }

    @Override
    public Map<String, RosterRow<RosterPupil>> pupilsByUpn(Collection<String> upns) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(upns));
        Map<String, RosterRow<RosterPupil>> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += JdbcConsentRepository.IN_LIST_LIMIT) {
            List<String> chunk = distinct.subList(from, Math.min(from + JdbcConsentRepository.IN_LIST_LIMIT,
                    distinct.size()));
            String sql = select(RosterTable.PUPILS) + " WHERE upn IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY id";
            try (PreparedStatement s = connection.get().prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        RosterRow<RosterPupil> row = row(RosterTable.PUPILS, r);
                        // the first stored (lowest id) wins should two rows share a UPN
                        found.putIfAbsent(row.value().upn().orElseThrow(), row);
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Could not look up pupils by UPN: " + e.getMessage(), e);
            }
        }
        return found;
    }

    @Override
    public void apply(RosterChanges changes) {
        apply(RosterTable.SCHOOLS, changes.source(), changes.at(), changes.schools());
        apply(RosterTable.CLASSES, changes.source(), changes.at(), changes.classes());
        apply(RosterTable.PUPILS, changes.source(), changes.at(), changes.pupils());
        apply(RosterTable.STAFF, changes.source(), changes.at(), changes.staff());
        apply(RosterTable.ENROLLMENTS, changes.source(), changes.at(), changes.enrollments());
    }

    @Override
    public long startRun(String source, String startedBy, Instant startedAt) {
        return runs.start(source, startedBy, startedAt, "");
    }

    @Override
    public long startRun(String source, String startedBy, Instant startedAt, String nodeId) {
        return runs.start(source, startedBy, startedAt, nodeId);
    }

    @Override
    public long startRunAlone(String source, String startedBy, Instant startedAt, String nodeId,
            Instant staleBefore) {
        return runs.startAlone(source, startedBy, startedAt, nodeId, staleBefore);
    }

    @Override
    public int heartbeat(String nodeId, Instant at) {
        return runs.heartbeat(nodeId, at);
    }

    @Override
    public List<Long> interruptStale(Instant staleBefore, Instant at) {
        return runs.interruptStale(staleBefore, at);
    }

    @Override
    public void finishRun(SyncReport report, int maxIssues) {
        runs.finish(report, maxIssues);
    }

    @Override
    public List<SyncReport> runs(int limit) {
        return runs.latest(limit);
    }

    @Override
    public Optional<SyncReport> run(long runId) {
        return runs.one(runId);
    }

    @Override
    public Optional<Instant> lastApplied(String source) {
        return runs.lastApplied(source);
    }

    @Override
    public void recordFingerprint(long runId, String fingerprint) {
        runs.recordFingerprint(runId, fingerprint);
    }

    @Override
    public Optional<String> latestFingerprint(String source) {
        return runs.latestFingerprint(source);
    }

    @Override
    public List<BaselinePupil> needingBaseline() {
        String sql = "SELECT " + columns(RosterTable.PUPILS) + ", flagged_at FROM roster_pupil"
                + " WHERE needs_baseline = TRUE AND archived_at IS NULL ORDER BY flagged_at, family_name, given_name, id";
        record Flagged(RosterPupil pupil, String source, Instant flaggedAt) {
        }
        List<Flagged> flagged = new ArrayList<>();
        try (PreparedStatement s = connection.get().prepareStatement(sql); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                flagged.add(new Flagged(RosterTable.PUPILS.read(r), r.getString("source"),
                        Columns.getInstant(r, "flagged_at")));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the pupils who need a baseline profile: " + e.getMessage(), e);
        }
        if (flagged.isEmpty()) {
            // every class page asks: no second query when nobody is waiting for a baseline
            return List.of();
        }
        Map<String, String> schoolNames = new HashMap<>();
        try (PreparedStatement s = connection.get().prepareStatement(
                "SELECT source, source_key, name FROM roster_school");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                schoolNames.put(r.getString("source") + "\n" + r.getString("source_key"), r.getString("name"));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the schools: " + e.getMessage(), e);
        }
        List<BaselinePupil> result = new ArrayList<>(flagged.size());
        for (Flagged f : flagged) {
            RosterPupil p = f.pupil();
            List<String> schools = p.schoolSourceIds().stream()
                    .map(k -> schoolNames.getOrDefault(f.source() + "\n" + k, k)).toList();
            result.add(new BaselinePupil(f.source(), p.sourceId(), p.upn(), p.givenName(), p.familyName(),
                    p.dateOfBirth(), schools, f.flaggedAt()));
        }
        return result;
    }

    @Override
    public int clearNeedsBaseline(Optional<String> upn, String pupilKey, String givenName, String familyName) {
        Optional<String> known = upn.filter(u -> !u.isBlank());
        String sql = "UPDATE roster_pupil SET needs_baseline = FALSE WHERE needs_baseline = TRUE AND ("
                + (known.isPresent() ? "upn = ? OR " : "") + "(source_key = ? AND given_name = ? AND family_name = ?))";
        try (PreparedStatement s = connection.get().prepareStatement(sql)) {
            int i = 1;
            if (known.isPresent()) {
                s.setString(i++, known.get());
            }
            s.setString(i++, pupilKey);
            s.setString(i++, givenName);
            s.setString(i, familyName);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not clear the baseline flag of pupil " + pupilKey + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void clearNeedsBaseline(List<BaselineDone> pupils) {
        if (pupils.isEmpty()) {
            return;
        }
        // one batch for pupils with a UPN, one for those without (the same conditions as one by one)
        String byKey = "(source_key = ? AND given_name = ? AND family_name = ?)";
        String head = "UPDATE roster_pupil SET needs_baseline = FALSE WHERE needs_baseline = TRUE AND (";
        try (PreparedStatement withUpn = connection.get().prepareStatement(head + "upn = ? OR " + byKey + ")");
                PreparedStatement without = connection.get().prepareStatement(head + byKey + ")")) {
            int[] pending = new int[2];
            for (BaselineDone p : pupils) {
                Optional<String> upn = p.upn().filter(u -> !u.isBlank());
                PreparedStatement s = upn.isPresent() ? withUpn : without;
                int i = 1;
                if (upn.isPresent()) {
                    s.setString(i++, upn.get());
                }
                s.setString(i++, p.pupilKey());
                s.setString(i++, p.givenName());
                s.setString(i, p.familyName());
                s.addBatch();
                pending[upn.isPresent() ? 0 : 1]++;
            }
            if (pending[0] > 0) {
                withUpn.executeBatch();
            }
            if (pending[1] > 0) {
                without.executeBatch();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not clear the baseline flags of " + pupils.size() + " pupils: "
                    + e.getMessage(), e);
        }
    }

    /** Counts of current rows per kind, for reports and tests. */
    Map<RosterEntity, Long> currentCounts() {
        Map<RosterEntity, Long> counts = new EnumMap<>(RosterEntity.class);
        counts.put(RosterEntity.SCHOOL, count(RosterTable.SCHOOLS));
        counts.put(RosterEntity.CLASS, count(RosterTable.CLASSES));
        counts.put(RosterEntity.PUPIL, count(RosterTable.PUPILS));
        counts.put(RosterEntity.STAFF, count(RosterTable.STAFF));
        counts.put(RosterEntity.ENROLLMENT, count(RosterTable.ENROLLMENTS));
        return counts;
    }

    private long count(RosterTable<?> t) {
        try (PreparedStatement s = connection.get().prepareStatement(
                "SELECT COUNT(*) FROM " + t.table + " WHERE archived_at IS NULL"); ResultSet r = s.executeQuery()) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("Could not count " + t.table + ": " + e.getMessage(), e);
        }
    }

    private static String select(RosterTable<?> t) {
        return "SELECT " + columns(t) + " FROM " + t.table;
    }

    private static String columns(RosterTable<?> t) {
        return "id, source, source_key, archived_at, " + String.join(", ", t.columns)
                + (t == RosterTable.PUPILS ? ", needs_baseline" : "");
    }

    private <T> List<RosterRow<T>> rows(RosterTable<T> t, String source) {
        List<RosterRow<T>> rows = new ArrayList<>();
        try (PreparedStatement s = connection.get().prepareStatement(select(t) + " WHERE source = ? ORDER BY id")) {
            s.setString(1, source);
            s.setFetchSize(BATCH);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(row(t, r));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read " + t.table + " of source " + source + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static <T> RosterRow<T> row(RosterTable<T> t, ResultSet r) throws SQLException {
        Optional<Instant> archived = r.getObject("archived_at") == null ? Optional.empty()
                : Optional.of(Columns.getInstant(r, "archived_at"));
        boolean needsBaseline = t == RosterTable.PUPILS && r.getBoolean("needs_baseline");
        return new RosterRow<>(r.getLong("id"), r.getString("source"), t.read(r), archived, needsBaseline);
    }

    private <T> void apply(RosterTable<T> t, String source, Instant at, Changes<T> changes) {
        try {
            insert(t, source, at, changes.added());
            update(t, changes.changed());
            archive(t, at, changes.archived());
        } catch (SQLException e) {
            throw new StoreException("Could not save the roster changes to " + t.table + "; nothing was saved: "
                    + e.getMessage(), e);
        }
    }

    private <T> void insert(RosterTable<T> t, String source, Instant at, List<T> added) throws SQLException {
        if (added.isEmpty()) {
            return;
        }
        boolean pupils = t == RosterTable.PUPILS;
        int own = t.columns.size();
        String sql = "INSERT INTO " + t.table + " (source, source_key, " + String.join(", ", t.columns)
                + (pupils ? ", needs_baseline, flagged_at" : "") + ") VALUES (?, ?"
                + ", ?".repeat(own) + (pupils ? ", TRUE, ?" : "") + ")";
        try (PreparedStatement s = connection.get().prepareStatement(sql)) {
            int pending = 0;
            for (T value : added) {
                s.setString(1, source);
                s.setString(2, t.key(value));
                t.bind(s, 3, value);
                if (pupils) {
                    Columns.setInstant(s, 3 + own, at);
                }
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    private <T> void update(RosterTable<T> t, List<RosterRow<T>> changed) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("UPDATE " + t.table + " SET source = ?, source_key = ?");
        for (String column : t.columns) {
            sql.append(", ").append(column).append(" = ?");
        }
        sql.append(", archived_at = NULL WHERE id = ?");
        int own = t.columns.size();
        try (PreparedStatement s = connection.get().prepareStatement(sql.toString())) {
            int pending = 0;
            for (RosterRow<T> row : changed) {
                s.setString(1, row.source());
                s.setString(2, t.key(row.value()));
                t.bind(s, 3, row.value());
                s.setLong(3 + own, row.id());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    private void archive(RosterTable<?> t, Instant at, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.get().prepareStatement(
                "UPDATE " + t.table + " SET archived_at = ? WHERE id = ? AND archived_at IS NULL")) {
            int pending = 0;
            for (long id : ids) {
                Columns.setInstant(s, 1, at);
                s.setLong(2, id);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }
}

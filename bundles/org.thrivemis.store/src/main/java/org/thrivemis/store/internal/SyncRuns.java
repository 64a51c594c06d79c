package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncAlreadyRunningException;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.StoreException;

/** The record of sync runs: {@code sync_run}, its counts and its issues. */
final class SyncRuns {

    /** Longest stored issue value; a huge field is shown by its start and its length. */
    static final int VALUE_LIMIT = 200;

    private final Supplier<Connection> connection;

    SyncRuns(Supplier<Connection> connection) {
        this.connection = connection;
    }

    long start(String source, String startedBy, Instant startedAt, String nodeId) {
        String sql = "INSERT INTO sync_run (source, started_by, started_at, status, node_id, heartbeat_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = connection.get().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, source);
            s.setString(2, clip(startedBy, 200));
            Columns.setInstant(s, 3, startedAt);
            s.setString(4, SyncStatus.RUNNING.name());
            s.setString(5, clip(nodeId, 64));
            Columns.setInstant(s, 6, startedAt);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong("id");
            }
        } catch (SQLException e) {
            throw new StoreException("Could not record the start of a sync of " + source + ": " + e.getMessage(), e);
        }
    }

    int heartbeat(String nodeId, Instant at) {
        String sql = "UPDATE sync_run SET heartbeat_at = ? WHERE node_id = ? AND status = ?";
        try (PreparedStatement s = connection.get().prepareStatement(sql)) {
            Columns.setInstant(s, 1, at);
            s.setString(2, nodeId);
            s.setString(3, SyncStatus.RUNNING.name());
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not renew the heartbeat of node " + nodeId + "'s syncs: " + e.getMessage(), e);
        }
    }

    List<Long> interruptStale(Instant staleBefore, Instant at) {
        String select = "SELECT id, node_id, started_at, heartbeat_at FROM sync_run WHERE status = ?"
                + " AND COALESCE(heartbeat_at, started_at) < ? ORDER BY id";
        try (PreparedStatement s = connection.get().prepareStatement(select)) {
            s.setString(1, SyncStatus.RUNNING.name());
            Columns.setInstant(s, 2, staleBefore);
            Map<Long, String> why = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    why.put(r.getLong("id"), whyInterrupted(r));
                }
            }
            interrupt(why, at);
            return List.copyOf(why.keySet());
        } catch (SQLException e) {
            throw new StoreException("Could not mark abandoned sync runs interrupted: " + e.getMessage(), e);
        }
    }

    /**
     * Starts a run unless a live one of the source is RUNNING on any node: the source's lock row is
     * taken first (an UPDATE holds the row lock until this transaction ends, so a second node's start
     * waits here and then sees the first node's committed run), then stale runs of the source are
     * interrupted and the new run recorded.
     */
    long startAlone(String source, String startedBy, Instant startedAt, String nodeId, Instant staleBefore) {
        try {
            lockSource(source, nodeId, startedAt);
            Map<Long, String> stale = new LinkedHashMap<>();
            try (PreparedStatement s = connection.get().prepareStatement("SELECT id, node_id, started_at, heartbeat_at"
                    + " FROM sync_run WHERE source = ? AND status = ? ORDER BY id DESC")) {
                s.setString(1, source);
                s.setString(2, SyncStatus.RUNNING.name());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Instant last = r.getObject("heartbeat_at") == null ? Columns.getInstant(r, "started_at")
                                : Columns.getInstant(r, "heartbeat_at");
                        if (!last.isBefore(staleBefore)) {
                            // the transaction rolls back, releasing the lock; nothing was written
                            throw new SyncAlreadyRunningException(source, r.getLong("id"));
                        }
                        stale.put(r.getLong("id"), whyInterrupted(r));
                    }
                }
            }
            interrupt(stale, startedAt);
            return start(source, startedBy, startedAt, nodeId);
        } catch (SQLException e) {
            throw new StoreException("Could not record the start of a sync of " + source + ": " + e.getMessage(), e);
        }
    }

    /** Takes the source's lock row for this transaction, creating it on the source's first run. */
    private void lockSource(String source, String nodeId, Instant at) throws SQLException {
        if (claim(source, nodeId, at) == 1) {
            return;
        }
        Connection c = connection.get();
        Savepoint beforeInsert = c.setSavepoint();
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO sync_source_lock (source, claimed_by, claimed_at) VALUES (?, ?, ?)")) {
            s.setString(1, source);
            s.setString(2, clip(nodeId, 64));
            Columns.setInstant(s, 3, at);
            s.executeUpdate();
            c.releaseSavepoint(beforeInsert);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // another node created the row at the same moment (and so ran first): wait for its lock
            c.rollback(beforeInsert);
            if (claim(source, nodeId, at) != 1) {
                throw e;
            }
        }
    }

    /** SQLSTATE of a unique key violation, in H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private int claim(String source, String nodeId, Instant at) throws SQLException {
        try (PreparedStatement s = connection.get().prepareStatement(
                "UPDATE sync_source_lock SET claimed_by = ?, claimed_at = ? WHERE source = ?")) {
            s.setString(1, clip(nodeId, 64));
            Columns.setInstant(s, 2, at);
            s.setString(3, source);
            return s.executeUpdate();
        }
    }

    private static String whyInterrupted(ResultSet r) throws SQLException {
        String node = r.getString("node_id");
        Instant last = r.getObject("heartbeat_at") == null ? Columns.getInstant(r, "started_at")
                : Columns.getInstant(r, "heartbeat_at");
        return "The process running this sync stopped before it finished (node "
                + (node == null || node.isEmpty() ? "unknown" : node) + ", last heard from at " + last
                + "). Nothing was changed: run the sync again.";
    }

    /** Marks the runs INTERRUPTED (if still RUNNING), each with an issue saying why. */
    private void interrupt(Map<Long, String> why, Instant at) throws SQLException {
        if (why.isEmpty()) {
            return;
        }
        try (PreparedStatement u = connection.get().prepareStatement(
                "UPDATE sync_run SET status = ?, finished_at = ? WHERE id = ? AND status = ?");
                PreparedStatement issue = connection.get().prepareStatement("INSERT INTO sync_issue (run_id, seq,"
                        + " severity, location, line, field, val, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<Long, String> run : why.entrySet()) {
                u.setString(1, SyncStatus.INTERRUPTED.name());
                Columns.setInstant(u, 2, at);
                u.setLong(3, run.getKey());
                u.setString(4, SyncStatus.RUNNING.name());
                u.addBatch();
                bindIssue(issue, run.getKey(), 0, SyncIssue.error(Origin.NONE, "", "", run.getValue()));
                issue.addBatch();
            }
            u.executeBatch();
            issue.executeBatch();
        }
    }

    void finish(SyncReport report, int maxIssues) {
        try {
            try (PreparedStatement s = connection.get().prepareStatement(
                    "UPDATE sync_run SET status = ?, finished_at = ? WHERE id = ?")) {
                s.setString(1, report.status().name());
                Columns.setInstant(s, 2, report.finishedAt().orElseThrow());
                s.setLong(3, report.runId());
                s.executeUpdate();
            }
            try (PreparedStatement s = connection.get().prepareStatement(
                    "INSERT INTO sync_run_count (run_id, entity, added, changed, archived) VALUES (?, ?, ?, ?, ?)")) {
                for (RosterEntity e : RosterEntity.values()) {
                    EntityCounts c = report.of(e);
                    s.setLong(1, report.runId());
                    s.setString(2, e.name());
                    s.setInt(3, c.added());
                    s.setInt(4, c.changed());
                    s.setInt(5, c.archived());
                    s.addBatch();
                }
                s.executeBatch();
            }
            insertIssues(report, maxIssues);
        } catch (SQLException e) {
            throw new StoreException("Could not record the end of sync run " + report.runId() + ": "
                    + e.getMessage(), e);
        }
    }

    private void insertIssues(SyncReport report, int maxIssues) throws SQLException {
        List<SyncIssue> issues = report.issues();
        if (issues.isEmpty()) {
            return;
        }
        try (PreparedStatement s = connection.get().prepareStatement("INSERT INTO sync_issue (run_id, seq,"
                + " severity, location, line, field, val, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int kept = Math.min(issues.size(), maxIssues);
            for (int i = 0; i < kept; i++) {
                bindIssue(s, report.runId(), i, issues.get(i));
                s.addBatch();
                if ((i + 1) % JdbcRosterRepository.BATCH == 0) {
                    s.executeBatch();
                }
            }
            if (issues.size() > kept) {
                bindIssue(s, report.runId(), kept, SyncIssue.warning(Origin.NONE, "", "",
                        (issues.size() - kept) + " more issues were found and not kept: correct the ones"
                                + " listed and run the sync again to see the rest."));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bindIssue(PreparedStatement s, long runId, int seq, SyncIssue issue) throws SQLException {
        s.setLong(1, runId);
        s.setInt(2, seq);
        s.setString(3, issue.severity().name());
        s.setString(4, clip(issue.origin().location(), 1000));
        s.setLong(5, issue.origin().line());
        s.setString(6, clip(issue.field(), 255));
        s.setString(7, shortValue(issue.value()));
        s.setString(8, clip(issue.message(), 2000));
    }

    /** The value as stored: whole if short, otherwise its start and its length. */
    static String shortValue(String value) {
        if (value.length() <= VALUE_LIMIT) {
            return value;
        }
        return value.substring(0, VALUE_LIMIT - 40) + "… (" + value.length() + " characters)";
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    Optional<Instant> lastApplied(String source) {
        try (PreparedStatement s = connection.get().prepareStatement("SELECT MAX(started_at) FROM sync_run"
                + " WHERE source = ? AND status = ?")) {
            s.setString(1, source);
            s.setString(2, SyncStatus.APPLIED.name());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                OffsetDateTime at = r.getObject(1, OffsetDateTime.class);
                return at == null ? Optional.empty() : Optional.of(at.toInstant());
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the last sync of " + source + ": " + e.getMessage(), e);
        }
    }

    void recordFingerprint(long runId, String fingerprint) {
        try (PreparedStatement s = connection.get().prepareStatement("UPDATE sync_run SET fingerprint = ? WHERE id = ?")) {
            s.setString(1, fingerprint);
            s.setLong(2, runId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Could not record the dataset digest of run " + runId + ": " + e.getMessage(), e);
        }
    }

    Optional<String> latestFingerprint(String source) {
        try (PreparedStatement s = connection.get().prepareStatement("SELECT source, fingerprint FROM sync_run"
                + " WHERE status = ? ORDER BY started_at DESC, id DESC")) {
            s.setString(1, SyncStatus.APPLIED.name());
            s.setMaxRows(1);
            try (ResultSet r = s.executeQuery()) {
                if (r.next() && source.equals(r.getString("source"))) {
                    return Optional.ofNullable(r.getString("fingerprint"));
                }
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the last sync's dataset digest: " + e.getMessage(), e);
        }
    }

    List<SyncReport> latest(int limit) {
        return select("SELECT id, source, started_by, started_at, finished_at, status FROM sync_run"
                + " ORDER BY started_at DESC, id DESC", limit, null);
    }

    Optional<SyncReport> one(long runId) {
        return select("SELECT id, source, started_by, started_at, finished_at, status FROM sync_run WHERE id = ?",
                1, runId).stream().findFirst();
    }

    private List<SyncReport> select(String sql, int limit, Long id) {
        try (PreparedStatement s = connection.get().prepareStatement(sql)) {
            if (id != null) {
                s.setLong(1, id);
            }
            s.setMaxRows(limit);
            List<SyncReport> reports = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long runId = r.getLong("id");
                    Optional<Instant> finished = r.getObject("finished_at") == null ? Optional.empty()
                            : Optional.of(Columns.getInstant(r, "finished_at"));
                    reports.add(new SyncReport(runId, r.getString("source"), r.getString("started_by"),
                            Columns.getInstant(r, "started_at"), finished,
                            Columns.getEnum(r, "sync_run", "status", SyncStatus.class), counts(runId),
                            issues(runId)));
                }
            }
            return reports;
        } catch (SQLException e) {
            throw new StoreException("Could not read sync runs: " + e.getMessage(), e);
        }
    }

    private Map<RosterEntity, EntityCounts> counts(long runId) throws SQLException {
        Map<RosterEntity, EntityCounts> counts = new EnumMap<>(RosterEntity.class);
        try (PreparedStatement s = connection.get().prepareStatement(
                "SELECT entity, added, changed, archived FROM sync_run_count WHERE run_id = ?")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(RosterEntity.valueOf(r.getString("entity")),
                            new EntityCounts(r.getInt("added"), r.getInt("changed"), r.getInt("archived")));
                }
            }
        }
        return counts;
    }

    private List<SyncIssue> issues(long runId) throws SQLException {
        Map<Integer, SyncIssue> issues = new LinkedHashMap<>();
        try (PreparedStatement s = connection.get().prepareStatement("SELECT id, seq, severity, location, line, field,"
                + " val, message FROM sync_issue WHERE run_id = ? ORDER BY seq")) {
            s.setLong(1, runId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    issues.put(r.getInt("seq"), new SyncIssue(
                            Columns.getEnum(r, "sync_issue", "severity", Severity.class),
                            new Origin(r.getString("location"), r.getLong("line")), r.getString("field"),
                            r.getString("val"), r.getString("message")));
                }
            }
        }
        return new ArrayList<>(issues.values());
    }
}

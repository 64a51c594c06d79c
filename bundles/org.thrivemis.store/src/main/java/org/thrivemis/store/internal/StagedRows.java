package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.store.StoreException;

/**
 * The new assessments of an import's commit, written on a second connection in transactions of their own
 * (one per batch), yet published atomically with the commit's own transaction. A million rows inserted in
 * one H2 transaction cost about a third more than in batches that each commit: the undo log grows to a
 * million entries, and the final commit re-reads every page they touched long after the cache let it go.
 *
 * <p>How the rows stay invisible until the commit's transaction ends: the run's {@link RowDefaults} row is
 * stored first, committed, with {@code staged = TRUE}, and every read of assessments skips rows of a staged
 * run ({@link RowDefaults#VISIBLE}). The commit's own transaction then clears the mark: it sees its rows from
 * then on, everyone else only when it commits (both H2 and PostgreSQL show others the last committed
 * value). So the run's rows appear together, with its ledger entries, audit and report, or not at all.
 *
 * <p>A commit that rolls back, or a node that stops mid-commit, leaves the mark set and the rows unseen;
 * they are deleted as soon as the transaction has rolled back ({@link #settle}), and otherwise by the next
 * import to stage rows (it holds the ledger lock, so no other commit is in progress: every staged run is a
 * dead one) or at start-up ({@link #discardLeftovers}). Staging is used only under the ledger lock.
 */
final class StagedRows {
    private static final System.Logger LOG = System.getLogger(StagedRows.class.getName());

    private final Supplier<Connection> opener;
    private Connection side;
    private final Set<Long> runs = new LinkedHashSet<>();

    /** @param opener opens a new connection of the pool, not in auto-commit */
    StagedRows(Supplier<Connection> opener) {
        this.opener = opener;
    }

    /** Whether this transaction stages the rows of the run. */
    boolean stages(long runId) {
        return runs.contains(runId);
    }

    /**
     * Starts staging a run's rows: deletes what dead commits left, stores the run's shared values marked as
     * staged (committed), then clears the mark in {@code tx}, the commit's own transaction, which holds the
     * ledger lock.
     */
    RowDefaults begin(Connection tx, RowDefaults defaults) throws SQLException {
        Connection c = side();
        discardStaged(c, runs);
        defaults.insert(c, true);
        c.commit();
        runs.add(defaults.runId());
        try (PreparedStatement seen = tx.prepareStatement(
                "UPDATE import_row_defaults SET staged = NULL WHERE run_id = ?")) {
            seen.setLong(1, defaults.runId());
            if (seen.executeUpdate() != 1) {
                // e.g. a database whose default isolation is above READ COMMITTED: the rows would never be seen
                throw new StoreException("The commit of import run " + defaults.runId() + " cannot see the mark it"
                        + " has just stored in import_row_defaults (is the database's default transaction isolation"
                        + " above READ COMMITTED?). Nothing was imported.", null);
            }
        }
        return defaults;
    }

    /** Inserts rows of a staged run and commits them (still unseen by others: see the class). */
    List<Assessment> insert(List<Assessment> assessments, List<String> digests, RowDefaults shared) {
        Connection c = side();
        List<Assessment> stored = new JdbcProfileRepository(() -> c).insertAll(assessments, digests, shared);
        try {
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("Could not store " + assessments.size() + " imported assessments (first of pupil "
                    + assessments.get(0).pupilId() + "): " + e.getMessage(), e);
        }
        return stored;
    }

    /**
     * The commit's transaction has ended: when it did not commit, its runs' rows are deleted now (a failure
     * here leaves them for the next import or start-up, unseen meanwhile). Closes the second connection.
     */
    void settle(boolean committed) {
        if (side == null) {
            return;
        }
        try {
            if (!committed) {
                for (long run : runs) {
                    discard(side, run);
                }
                side.commit();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not yet delete the unseen rows of import runs " + runs
                    + " whose commit failed; the next import or start-up deletes them", e);
            try {
                side.rollback();
            } catch (SQLException ignored) {
                // closing discards it
            }
        } finally {
            try {
                side.close();
            } catch (SQLException e) {
                // the pool discards a connection it cannot reset
            }
            side = null;
        }
    }

    /** Takes the second connection now, before the ledger lock (waiting for one while holding it could starve). */
    void prepare() {
        side();
    }

    private Connection side() {
        if (side == null) {
            side = opener.get();
        }
        return side;
    }

    /**
     * Deletes the rows of every staged run but {@code ours} (this transaction's, still committing): only
     * under the ledger lock, so the commits of all the others have ended.
     */
    private static int discardStaged(Connection c, Set<Long> ours) throws SQLException {
        List<Long> dead = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT run_id FROM import_row_defaults WHERE staged = TRUE ORDER BY run_id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (!ours.contains(rows.getLong(1))) {
                    dead.add(rows.getLong(1));
                }
            }
        }
        int deleted = 0;
        for (long run : dead) {
            deleted += discard(c, run);
        }
        c.commit();
        if (!dead.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Deleted {0} unseen rows of import runs {1}, whose commits did not"
                    + " finish", deleted, dead);
        }
        return deleted;
    }

    /**
     * Deletes a staged run's rows and its mark, if the run is (still) marked as staged; returns the rows. The
     * mark goes first, in the same transaction: its row lock waits for a commit still deciding (its own
     * transaction updated the mark), and a commit that did go through has cleared it, so the rows stay.
     */
    static int discard(Connection c, long run) throws SQLException {
        try (PreparedStatement mark = c.prepareStatement(
                "DELETE FROM import_row_defaults WHERE run_id = ? AND staged = TRUE")) {
            mark.setLong(1, run);
            if (mark.executeUpdate() == 0) {
                return 0;
            }
        }
        try (PreparedStatement levels = c.prepareStatement("DELETE FROM assessment_level WHERE assessment_id IN"
                + " (SELECT id FROM assessment WHERE import_run_id = ?)");
                PreparedStatement rows = c.prepareStatement("DELETE FROM assessment WHERE import_run_id = ?")) {
            levels.setLong(1, run);
            levels.executeUpdate();
            rows.setLong(1, run);
            return rows.executeUpdate();
        }
    }

    /**
     * At start-up: deletes the rows a commit left when its node stopped mid-way, unless some commit holds the
     * ledger lock now (another node importing: then the next import deletes them).
     */
    static void discardLeftovers(DataSource pool) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement(
                    "SELECT id FROM import_ledger_lock WHERE id = 1 FOR UPDATE SKIP LOCKED");
                    ResultSet free = lock.executeQuery()) {
                if (free.next()) {
                    discardStaged(c, Set.of());
                }
            }
            c.commit();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not check for unseen rows of unfinished import commits; the"
                    + " next import deletes them", e);
        }
    }
}

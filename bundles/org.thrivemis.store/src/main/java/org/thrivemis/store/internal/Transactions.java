package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;

/**
 * Runs a unit of work in one transaction on one pooled connection: commit when the work returns,
 * roll back when it throws. The work's own exceptions pass through unchanged.
 */
final class Transactions {

    private final DataSource dataSource;

    /** Whether a write may take a second connection for an import's staged rows (a pool of two or more). */
    private final boolean staging;

    Transactions(DataSource dataSource, boolean staging) {
        this.dataSource = dataSource;
        this.staging = staging;
    }

    <T> T run(StoreWork<T> work, boolean readOnly) {
        Connection connection = open(readOnly);
        JdbcStoreTx tx = new JdbcStoreTx(connection, readOnly || !staging ? null : () -> open(false));
        boolean committed = false;
        try {
            T result;
            try {
                result = work.run(tx);
            } catch (RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                tx.end();
            }
            commit(connection);
            committed = true;
            return result;
        } finally {
            close(connection);
            tx.settled(committed);
        }
    }

    private Connection open(boolean readOnly) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new StoreException("Cannot get a connection to the Thrive database: " + e.getMessage()
                    + ". Check that the database is running and reachable.", e);
        }
        try {
            connection.setAutoCommit(false);
            // A hint the database may enforce (PostgreSQL does): a read must not write.
            connection.setReadOnly(readOnly);
            return connection;
        } catch (SQLException e) {
            close(connection);
            throw new StoreException("Cannot start a transaction: " + e.getMessage(), e);
        }
    }

    private static void commit(Connection connection) {
        try {
            connection.commit();
        } catch (SQLException e) {
            StoreException failure = new StoreException("Could not commit the transaction; nothing was"
                    + " saved: " + e.getMessage(), e);
            rollback(connection, failure);
            throw failure;
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // Keep the original failure in front: it is what the caller can act on.
            cause.addSuppressed(e);
        }
    }

    private static void close(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // The pool discards a connection it cannot reset; the transaction is already settled.
        }
    }
}

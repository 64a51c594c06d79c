package org.thrivemis.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.osgi.service.jdbc.DataSourceFactory;
import org.thrivemis.api.store.StoreException;

/**
 * Opens the HikariCP pool over a DataSource made by the driver's OSGi DataSourceFactory, so the
 * driver bundle stays in charge of its own classes and we never load a driver by name.
 */
final class ConnectionPool {

    static final String POOL_NAME = "thrive-store";

    private ConnectionPool() {
    }

    /**
     * Opens the pool and checks a connection can be made.
     *
     * @throws StoreException when the driver rejects the settings or the database cannot be reached
     */
    static HikariDataSource open(DataSourceFactory factory, DatabaseSettings settings) {
        DataSource raw;
        try {
            raw = factory.createDataSource(settings.dataSourceProperties());
        } catch (SQLException e) {
            throw new StoreException("The JDBC driver rejected the settings for " + settings.location()
                    + " (configuration " + StoreConfig.PID + "): " + e.getMessage(), e);
        }
        return open(raw, settings.poolSize(), settings.location());
    }

    /** Pools an existing DataSource; {@code location} names it in messages. */
    static HikariDataSource open(DataSource raw, int poolSize, String location) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(POOL_NAME);
        config.setDataSource(raw);
        config.setMaximumPoolSize(poolSize);
        // Every unit of work is a transaction; the pool hands connections out ready for one.
        config.setAutoCommit(false);
        // Both databases' default, pinned: an import's staged rows rely on it (StagedRows), as do the row locks.
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            // HikariCP fails fast when the first connection cannot be made.
            throw new StoreException("Cannot connect to the Thrive database " + location + ": "
                    + rootMessage(e) + ". Check the URL, user and password in configuration "
                    + StoreConfig.PID + " and that the database is running.", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getName() : root.getMessage();
    }
}

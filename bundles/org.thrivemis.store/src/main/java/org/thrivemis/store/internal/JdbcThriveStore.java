package org.thrivemis.store.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.store.StoreException;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;

/**
 * The Thrive store: pools a DataSource from the selected driver's DataSourceFactory, brings the
 * schema up to date at activation, and runs each unit of work in one JDBC transaction. A new
 * configuration re-activates it with a new pool; deactivation closes the pool.
 */
// Immediate: migrate and open the pool at start, so a broken database shows up at once, and
// keep the pool open while no one happens to hold the service.
@Component(service = ThriveStore.class, configurationPid = StoreConfig.PID, immediate = true)
@Designate(ocd = StoreConfig.class)
public final class JdbcThriveStore implements ThriveStore {

    private static final System.Logger LOG = System.getLogger(JdbcThriveStore.class.getName());

    private final HikariDataSource pool;
    private final Transactions transactions;
    private final String description;

    @Activate
    public JdbcThriveStore(StoreConfig config,
            @Reference(name = "dataSourceFactory", target = StoreConfig.H2_DRIVER_TARGET) DataSourceFactory factory,
            BundleContext context) {
        this(DatabaseSettings.from(config, context::getProperty), factory);
    }

    /** Opens the store on the given settings (the unit tests' way in, without a framework). */
    JdbcThriveStore(DatabaseSettings settings, DataSourceFactory factory) {
        this.pool = ConnectionPool.open(factory, settings);
        try {
            Migrations.migrate(pool);
            StagedRows.discardLeftovers(pool);
            this.description = describe(pool, settings.location());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        // with a pool of one, an import's staged rows would wait for the connection their commit holds
        this.transactions = new Transactions(pool, settings.poolSize() >= 2);
        LOG.log(Level.INFO, "Thrive store ready: {0} (pool of {1})", description, settings.poolSize());
    }

    @Override
    public <T> T read(StoreWork<T> work) {
        return transactions.run(work, true);
    }

    @Override
    public <T> T write(StoreWork<T> work) {
        return transactions.run(work, false);
    }

    @Override
    public String describe() {
        return description;
    }

    /** Closes the pool; work already running finishes on its connection. */
    @Deactivate
    void close() {
        pool.close();
    }

    private static String describe(HikariDataSource pool, String location) {
        try (Connection connection = pool.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + ", " + location;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the database's name and version from " + location + ": "
                    + e.getMessage(), e);
        }
    }
}

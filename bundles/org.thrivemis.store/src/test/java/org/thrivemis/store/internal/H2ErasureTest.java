package org.thrivemis.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@link ErasureContract} on the embedded H2 file database the product uses by default. */
class H2ErasureTest extends ErasureContract {
    @TempDir
    Path dataDir;

    @Override
    JdbcThriveStore open() {
        DatabaseSettings settings = DatabaseSettings.from(TestConfig.defaults(),
                key -> DatabaseSettings.DATA_DIR_PROPERTY.equals(key) ? dataDir.toString() : null);
        return new JdbcThriveStore(settings, new OsgiDataSourceFactory(new Driver()));
    }

    @Override
    Connection connect() throws SQLException {
        return new H2Database(dataDir).dataSource().getConnection();
    }
}

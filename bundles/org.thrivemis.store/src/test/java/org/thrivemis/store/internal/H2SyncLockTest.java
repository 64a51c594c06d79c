package org.thrivemis.store.internal;

import java.nio.file.Path;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@link SyncLockContract} on the embedded H2 file database: two pools on one file, as two components would. */
class H2SyncLockTest extends SyncLockContract {
    @TempDir
    Path dataDir;

    @Override
    JdbcThriveStore open() {
        DatabaseSettings settings = DatabaseSettings.from(TestConfig.defaults(),
                key -> DatabaseSettings.DATA_DIR_PROPERTY.equals(key) ? dataDir.toString() : null);
        return new JdbcThriveStore(settings, new OsgiDataSourceFactory(new Driver()));
    }
}

package org.thrivemis.store.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.io.TempDir;

/** {@link BulkReadsContract} on the embedded H2 file database the product uses by default. */
class H2BulkReadsTest extends BulkReadsContract {
    @TempDir
    Path dir;

    @Override
    Connection migratedTransaction() throws SQLException {
        H2Database db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        return db.transaction();
    }
}

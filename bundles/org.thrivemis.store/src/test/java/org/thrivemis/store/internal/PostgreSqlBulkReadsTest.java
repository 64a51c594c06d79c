package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/** {@link BulkReadsContract} on a real PostgreSQL, as a trust runs it. */
class PostgreSqlBulkReadsTest extends BulkReadsContract {

    @Override
    Connection migratedTransaction() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(PostgreSqlServer.get().newDatabase());
        dataSource.setUser(PostgreSqlServer.get().user());
        Migrations.migrate(dataSource);
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        return connection;
    }
}

package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.postgresql.osgi.PGDataSourceFactory;

/** {@link ErasureContract} on a real PostgreSQL, as a trust runs it. */
class PostgreSqlErasureTest extends ErasureContract {
    private String url;

    @Override
    JdbcThriveStore open() {
        url = PostgreSqlServer.get().newDatabase();
        DatabaseSettings settings = DatabaseSettings.from(
                TestConfig.defaults().withUrl(url).withCredentials(PostgreSqlServer.get().user(), ""), key -> null);
        return new JdbcThriveStore(settings, new PGDataSourceFactory());
    }

    @Override
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
    }
}

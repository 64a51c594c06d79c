package org.thrivemis.store.internal;

import org.postgresql.osgi.PGDataSourceFactory;

/** {@link SyncLockContract} on a real PostgreSQL shared by two stores, as two nodes of a trust share it. */
class PostgreSqlSyncLockTest extends SyncLockContract {
    private String url;

    @Override
    JdbcThriveStore open() {
        if (url == null) {
            url = PostgreSqlServer.get().newDatabase();
        }
        DatabaseSettings settings = DatabaseSettings.from(
                TestConfig.defaults().withUrl(url).withCredentials(PostgreSqlServer.get().user(), ""), key -> null);
        return new JdbcThriveStore(settings, new PGDataSourceFactory());
    }
}

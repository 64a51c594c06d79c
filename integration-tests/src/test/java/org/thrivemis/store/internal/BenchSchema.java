package org.thrivemis.store.internal;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The store's own migrations, run from a benchmark before the product starts, so a bulk load can
 * go into the real schema without a start of the product just to create it. In the store's
 * package because {@link Migrations} is the store's internal; test code only.
 */
public final class BenchSchema {
    private BenchSchema() {
    }

    /** Brings the database at {@code url} (H2 file or PostgreSQL) to the current schema. */
    public static void migrate(String url, String user, String password) {
        DataSource dataSource;
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setUrl(url);
            pg.setUser(user);
            pg.setPassword(password);
            dataSource = pg;
        } else {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(user);
            h2.setPassword(password);
            dataSource = h2;
        }
        Migrations.migrate(dataSource);
    }
}

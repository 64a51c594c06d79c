package org.thrivemis.store.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.thrivemis.api.store.StoreException;

/**
 * Brings the schema up to date with the changelog in this bundle, using Liquibase. Safe to run at
 * every start: applied changesets are recorded in DATABASECHANGELOG and Liquibase's lock table
 * keeps two nodes sharing a database from migrating at once.
 */
final class Migrations {

    /**
     * The changelogs in this bundle, applied in this order; one file per feature area, so areas
     * grow their schema without touching each other's files. Liquibase records each path with the
     * changesets applied from it, so a path never changes and a new area appends a new file.
     */
    static final List<String> CHANGELOGS = List.of("db/changelog/thrive.sql", "db/changelog/roster.sql",
            "db/changelog/profiles.sql", "db/changelog/plans.sql",
            "db/changelog/screening.sql", "db/changelog/sync-heartbeat.sql", "db/changelog/tabs.sql",
            "db/changelog/imports.sql", "db/changelog/sync-lock.sql");

    private Migrations() {
    }

    /**
     * Applies the changesets not yet applied.
     *
     * @throws StoreException when the database cannot be migrated (the message says which changeset and why)
     */
    static void migrate(DataSource dataSource) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its parts (parsers, SQL generators, database types) with ServiceLoader on
        // the context class loader. Liquibase's own bundle loader sees its META-INF/services whatever
        // the start order; with our loader it depends on SPI Fly having woven Liquibase before its
        // classes loaded (tried in Felix: "Cannot find default log service" otherwise). The
        // changelog is read through our own loader, passed explicitly.
        thread.setContextClassLoader(Scope.class.getClassLoader());
        String current = "";
        try (Connection connection = dataSource.getConnection()) {
            for (String changelog : CHANGELOGS) {
                current = changelog;
                Scope.child(scope(), () -> update(connection, changelog));
            }
        } catch (Exception e) {
            throw new StoreException("Cannot bring the Thrive database schema up to date (changelog "
                    + current + "): " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<String, Object> scope() {
        Map<String, Object> scope = new HashMap<>();
        scope.put(Scope.Attr.resourceAccessor.name(),
                new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()));
        // Report through Liquibase's logger (java.util.logging), not on the host's console.
        scope.put(Scope.Attr.ui.name(), new LoggerUIService());
        // Liquibase 4.30+ phones home with usage analytics unless told not to; a school's MIS must not.
        scope.put(AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        return scope;
    }

    private static void update(Connection connection, String changelog) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        new CommandScope(UpdateCommandStep.COMMAND_NAME)
                .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                .execute();
    }
}

package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.osgi.PGDataSourceFactory;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.store.ImportedPlanKey;
import org.thrivemis.api.store.ImportedProfileKey;
import org.thrivemis.api.store.StoredImportedPlan;
import org.thrivemis.api.store.StoredImportedProfile;

/** Imported profiles, plans and runs (with the report column, typed per database) on H2 and on a real PostgreSQL. */
class JdbcImportRepositoryTest {
    private static final LocalDate DAY = LocalDate.of(2025, 1, 10);

    @TempDir
    Path dir;
    private JdbcThriveStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private JdbcThriveStore open(String database) {
        if (database.equals("h2")) {
            return new JdbcThriveStore(DatabaseSettings.from(TestConfig.defaults().withUrl("jdbc:h2:file:"
                    + dir.resolve("thrive")), key -> null), new OsgiDataSourceFactory(new Driver()));
        }
        return new JdbcThriveStore(DatabaseSettings.from(TestConfig.defaults().withUrl(PostgreSqlServer.get()
                .newDatabase()).withCredentials(PostgreSqlServer.get().user(), ""), key -> null),
                new PGDataSourceFactory());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void importedRecordsAreFoundByKeyAndUpdatedInPlace(String database) {
        store = open(database);
        StoredImportedProfile profile = new StoredImportedProfile(new ImportedProfileKey("p1", ProfileKind.BASELINE, DAY),
                List.of(new StrandScore(Strand.DOING, 60), new StrandScore(Strand.BEING, 80)),
                Map.of("being-01", Level.SECURE, "doing-01", Level.NOT_YET), "d1", 1, "csv");
        StoredImportedPlan plan = new StoredImportedPlan(new ImportedPlanKey("p1", DAY), DAY.plusWeeks(8),
                PlanStatus.ACTIVE, List.of(new Target(Strand.DOING, Optional.empty(), "Tries | a new\nactivity \\ game")),
                "d2", 1, "csv");
        store.write(tx -> {
            tx.imports().saveProfiles(List.of(profile), List.of());
            tx.imports().savePlans(List.of(plan), List.of());
            return null;
        });
        StoredImportedProfile changed = new StoredImportedProfile(profile.key(), List.of(new StrandScore(Strand.BEING, 90)),
                Map.of(), "d3", 2, "csv");
        store.write(tx -> {
            tx.imports().saveProfiles(List.of(), List.of(changed));
            return null;
        });

        assertEquals(Map.of(profile.key(), "d3"), store.read(tx -> tx.imports().profileDigests(List.of("p1", "p2"))));
        assertEquals(Map.of(plan.key(), "d2"), store.read(tx -> tx.imports().planDigests(List.of("p1"))));
        assertEquals(List.of(changed), store.read(tx -> tx.imports().profilesOf("p1")));
        assertEquals(List.of(plan), store.read(tx -> tx.imports().plansOf("p1")), "targets kept exactly");
        assertArrayEquals(new long[] {1, 1}, store.read(tx -> tx.imports().totals()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void runsAreKeptWithTheirReport(String database) {
        store = open(database);
        Instant at = Instant.parse("2025-06-01T09:00:00Z");
        ImportRun run = new ImportRun(0, "export.csv", "csv", "CSV", "Olu", at, Optional.empty(), ImportStatus.PREVIEWING,
                0, 1234, ImportCounts.NONE, List.of(), Optional.empty());
        long id = store.write(tx -> tx.imports().insertRun(run));
        ImportRun done = new ImportRun(id, "export.csv", "csv", "CSV", "Olu", at, Optional.of(at.plusSeconds(5)),
                ImportStatus.REFUSED, 1234, 1234, new ImportCounts(10, 7, 1, 1, 0, 1), List.of(), Optional.of("why"));
        byte[] report = "gzip bytes".getBytes(StandardCharsets.UTF_8);
        store.write(tx -> {
            tx.imports().updateRun(done, Optional.of(report));
            return null;
        });

        assertEquals(Optional.of(done), store.read(tx -> tx.imports().run(id)));
        assertEquals(List.of(done), store.read(tx -> tx.imports().runs(5)));
        assertArrayEquals(report, store.read(tx -> tx.imports().report(id)).orElseThrow());
        assertEquals(Optional.empty(), store.read(tx -> tx.imports().report(id + 1)));
    }
}

package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.thrivemis.api.ImportOrigin;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.store.ImportLink;

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
    void nativeRecordsKeepTheirOriginAndTheLedgerSeesLaterEdits(String database) {
        store = open(database);
        Instant at = Instant.parse("2025-06-01T09:00:00Z");
        ImportOrigin origin = new ImportOrigin("csv", "Thrive-Online CSV export", 7, DAY.plusDays(1),
                Map.of(Strand.BEING, 80, Strand.DOING, 60));
        Assessment unsaved = new Assessment(0, "p1", ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, DAY, "pack",
                "1", Map.of("being-01", Level.SECURE), "", "Thrive-Online CSV export", at, "Ann Office",
                Optional.of(at), 1, Optional.of(origin));
        List<Assessment> saved = store.write(tx -> tx.profiles().insertAll(List.of(unsaved, withPupil(unsaved, "p2"))));
        ImportedProfileKey key = new ImportedProfileKey("p1", ProfileKind.BASELINE, DAY);
        ActionPlan plan = store.write(tx -> tx.plans().insert(new ActionPlan(0, "p1", saved.get(0).id(),
                PlanStatus.ACTIVE, List.of(new Target(Strand.DOING, Optional.empty(), "joins in")), List.of(), Map.of(),
                "", "Thrive-Online CSV export", DAY, DAY.plusWeeks(8), at, "Ann Office", 0, List.of(),
                Optional.of(new ImportOrigin("csv", "Thrive-Online CSV export", 7, DAY.plusDays(1), Map.of())))));
        ImportedPlanKey planKey = new ImportedPlanKey("p1", DAY);
        store.write(tx -> {
            tx.imports().saveProfileLinks(Map.of(key, new ImportLink("d1", saved.get(0).id(), 1, 1, 7, "csv")), Map.of());
            tx.imports().savePlanLinks(Map.of(planKey, new ImportLink("d2", plan.id(), plan.version(), 0, 7, "csv")),
                    Map.of());
            return null;
        });

        Assessment read = store.read(tx -> tx.profiles().find(saved.get(0).id())).orElseThrow();
        assertEquals(Optional.of(origin), read.imported(), "where it came from, with the export's strand results");
        assertEquals(Map.of("being-01", Level.SECURE), read.levels());
        assertEquals(List.of("p1", "p2"), saved.stream().map(Assessment::pupilId).toList(), "ids in insert order");
        assertEquals("Thrive-Online CSV export", store.read(tx -> tx.plans().find(plan.id())).orElseThrow().imported()
                .orElseThrow().formatLabel());
        ImportLink fresh = store.read(tx -> tx.imports().profileLinks(List.of("p1"))).get(key);
        assertEquals(new ImportLink("d1", saved.get(0).id(), 1, 1, 7, "csv"), fresh);
        assertFalse(fresh.editedSince());

        // a practitioner changes the plan in the MIS: the ledger now sees a later version
        store.write(tx -> tx.plans().update(new ActionPlan(plan.id(), "p1", plan.assessmentId(), PlanStatus.REVIEWED,
                plan.targets(), List.of(), Map.of(), "pr", "Pat", DAY, DAY.plusWeeks(8), at, "Pat", plan.version(),
                List.of()), plan.version()));
        ImportLink edited = store.read(tx -> tx.imports().planLinks(List.of("p1"))).get(planKey);
        assertTrue(edited.editedSince(), edited.toString());
        assertTrue(store.read(tx -> tx.plans().find(plan.id())).orElseThrow().imported().isPresent(),
                "an edit in the MIS keeps where the plan came from");
        assertArrayEquals(new long[] {1, 1}, store.read(tx -> tx.imports().totals()));
    }

    private static Assessment withPupil(Assessment a, String pupilId) {
        return new Assessment(0, pupilId, a.kind(), a.reason(), a.status(), a.assessedOn(), a.packId(), a.packVersion(),
                a.levels(), a.assessorId(), a.assessorName(), a.updatedAt(), a.updatedBy(), a.completedAt(), 1,
                a.imported());
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

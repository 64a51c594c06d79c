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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
    private static final Instant AT = Instant.parse("2025-06-01T09:00:00Z");

    @TempDir
    Path dir;
    private JdbcThriveStore store;

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private String url;

    private JdbcThriveStore open(String database) {
        url = database.equals("h2") ? "jdbc:h2:file:" + dir.resolve("thrive") : PostgreSqlServer.get().newDatabase();
        return reopen(database);
    }

    private JdbcThriveStore reopen(String database) {
        if (database.equals("h2")) {
            return new JdbcThriveStore(DatabaseSettings.from(TestConfig.defaults().withUrl(url), key -> null),
                    new OsgiDataSourceFactory(new Driver()));
        }
        return new JdbcThriveStore(DatabaseSettings.from(TestConfig.defaults().withUrl(url)
                .withCredentials(PostgreSqlServer.get().user(), ""), key -> null), new PGDataSourceFactory());
    }

    private Connection connect(String database) throws SQLException {
        return database.equals("h2") ? DriverManager.getConnection(url, "", "")
                : DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theUpgradeMovesLedgerEntriesOntoTheirAssessmentsAndKeepsOneEntryPerKey(String database) throws SQLException {
        store = open(database);
        long assessmentId;
        // the schema and ledger as changeset imports:8 finds them: an entry pointing at its native assessment
        // (imported at version 1, edited in the MIS since: version 2), and one from before native records
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("DROP INDEX assessment_pupil_import");
            s.execute("CREATE INDEX assessment_pupil ON assessment (pupil_id, assessed_on)");
            s.execute("ALTER TABLE assessment DROP COLUMN import_digest");
            s.execute("ALTER TABLE assessment DROP COLUMN import_version");
            s.execute("ALTER TABLE assessment DROP COLUMN import_ledger");
            s.execute("DELETE FROM DATABASECHANGELOG WHERE id = '8-ledger-on-assessment'");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO assessment (pupil_id, kind, reason, status,"
                    + " assessed_on, pack_id, pack_version, assessor_id, assessor_name, updated_at, updated_by,"
                    + " completed_at, version, import_format, import_format_label, import_run_id, imported_on,"
                    + " import_strands) VALUES ('p1', 'BASELINE', '', 'COMPLETED', ?, 'pack', '1', '', 'CSV',"
                    + " CURRENT_TIMESTAMP, 'Pat', CURRENT_TIMESTAMP, 2, 'csv', 'CSV', 3, ?, 'BEING=80')",
                    new String[] {"id"})) {
                Columns.setDate(insert, 1, DAY);
                Columns.setDate(insert, 2, DAY);
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    assessmentId = keys.getLong(1);
                }
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO imported_profile (pupil_id, kind,"
                    + " assessed_on, digest, run_id, format_id, assessment_id, assessment_version) VALUES ('p1',"
                    + " 'BASELINE', ?, 'd1', 3, 'csv', ?, 1)")) {
                Columns.setDate(insert, 1, DAY);
                insert.setLong(2, assessmentId);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO imported_profile (pupil_id, kind,"
                    + " assessed_on, strands, statements, digest, run_id, format_id) VALUES ('p2', 'GROUP', ?,"
                    + " 'BEING=70', '', 'd0', 1, 'csv')")) {
                Columns.setDate(insert, 1, DAY);
                insert.executeUpdate();
            }
        }
        store.close();
        store = reopen(database);

        ImportedProfileKey moved = new ImportedProfileKey("p1", ProfileKind.BASELINE, DAY);
        ImportedProfileKey apart = new ImportedProfileKey("p2", ProfileKind.GROUP, DAY);
        Map<ImportedProfileKey, ImportLink> links = store.read(tx -> tx.imports().profileLinks(List.of("p1", "p2")));
        assertEquals(new ImportLink("d1", assessmentId, 1, 2, 3, "csv"), links.get(moved));
        assertTrue(links.get(moved).editedSince(), "staff's edit is still seen: the import leaves the profile alone");
        assertFalse(links.get(apart).hasRecord(), "an entry without a native record stays: the next import adds one");
        assertArrayEquals(new long[] {2, 0}, store.read(tx -> tx.imports().totals()), "no entry lost");
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT pupil_id FROM imported_profile")) {
            assertTrue(rows.next());
            assertEquals("p2", rows.getString(1), "only the entry without a native record is kept apart");
            assertFalse(rows.next());
        }

        // a profile made in the MIS on the same day has no entry and leaves the ledger alone
        Instant at = Instant.parse("2025-06-01T09:00:00Z");
        Assessment staffs = new Assessment(0, "p1", ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, DAY, "pack",
                "1", Map.of(), "t1", "Pat", at, "Pat", Optional.of(at), 1, Optional.empty());
        store.write(tx -> tx.profiles().insertAll(List.of(staffs, staffs)));
        assertEquals(new ImportLink("d1", assessmentId, 1, 2, 3, "csv"), store.read(tx -> tx.imports()
                .profileLinks(List.of("p1"))).get(moved));

        // the entry kept apart moves onto the native record the next import makes for it
        List<Assessment> made = store.write(tx -> {
            List<Assessment> inserted = tx.imports().insertImportedProfiles(List.of(new Assessment(0, "p2",
                    ProfileKind.GROUP, "", AssessmentStatus.COMPLETED, DAY, "pack", "1", Map.of(), "", "CSV", at, "Ann",
                    Optional.of(at), 1, Optional.of(new ImportOrigin("csv", "CSV", 4, DAY, Map.of())))), List.of("d5"));
            tx.imports().saveProfileLinks(Map.of(), Map.of(apart, new ImportLink("d5", inserted.get(0).id(), 1, 1, 4,
                    "csv")));
            return inserted;
        });
        assertEquals(new ImportLink("d5", made.get(0).id(), 1, 1, 4, "csv"), store.read(tx -> tx.imports()
                .profileLinks(List.of("p2"))).get(apart));
        assertArrayEquals(new long[] {2, 0}, store.read(tx -> tx.imports().totals()), "still one entry per key");
    }

    /**
     * One ledger entry per natural key, kept by the ledger lock (since changeset imports:10, no unique index):
     * imports on two nodes sharing the database all commit the same new key at once; each reads the ledger
     * under the lock and adds the key only when it is not there, as the import writer does. Without the lock
     * every one of them would find the key new (each waits before writing, long after all have read).
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void importsCommittingTheSameKeyAtOnceOnTwoNodesAddItOnce(String database) throws Exception {
        store = open(database);
        JdbcThriveStore otherNode = reopen(database);
        Instant at = Instant.parse("2025-06-01T09:00:00Z");
        ImportedProfileKey key = new ImportedProfileKey("p7", ProfileKind.BASELINE, DAY);
        int imports = 6;
        ExecutorService pool = Executors.newFixedThreadPool(imports);
        try {
            CyclicBarrier together = new CyclicBarrier(imports);
            List<Future<Boolean>> added = new java.util.ArrayList<>();
            for (int i = 0; i < imports; i++) {
                JdbcThriveStore node = i % 2 == 0 ? store : otherNode;
                long run = 10 + i;
                added.add(pool.submit(() -> {
                    together.await(20, TimeUnit.SECONDS);
                    return node.write(tx -> {
                        tx.imports().lockLedger();
                        tx.imports().lockLedger(); // again in the same transaction: harmless
                        if (tx.imports().profileLinks(List.of("p7")).containsKey(key)) {
                            return false;
                        }
                        sleep(150);
                        tx.imports().insertImportedProfiles(List.of(new Assessment(0, "p7", ProfileKind.BASELINE, "",
                                AssessmentStatus.COMPLETED, DAY, "pack", "1", Map.of(), "", "CSV", at, "Ann",
                                Optional.of(at), 1, Optional.of(new ImportOrigin("csv", "CSV", run, DAY, Map.of())))),
                                List.of("d" + run));
                        return true;
                    });
                }));
            }
            int adders = 0;
            for (Future<Boolean> f : added) {
                adders += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, adders, "exactly one import finds the key new");
            assertArrayEquals(new long[] {1, 0}, store.read(tx -> tx.imports().totals()), "one ledger entry for the key");
            assertEquals(1, store.read(tx -> tx.profiles().ofPupil("p7")).size(), "one native profile");
        } finally {
            pool.shutdownNow();
            otherNode.close();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

    /**
     * The values an import run's profiles share are stored once for the run (changeset imports:11) and read
     * back into every profile as written: the same, a row that differs keeps its own value, an edit in the
     * MIS and a later import's rewrite leave the rest as they were. Rows made in the MIS are stored whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void profilesOfOneRunShareTheirCommonValuesAndReadThemBackAsWritten(String database) throws SQLException {
        store = open(database);
        Instant at = Instant.parse("2025-06-01T09:00:00Z");
        ImportOrigin run5 = new ImportOrigin("csv", "Thrive-Online CSV export", 5, DAY.plusDays(1),
                Map.of(Strand.BEING, 80));
        Assessment first = new Assessment(0, "p1", ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, DAY, "pack",
                "1", Map.of("being-01", Level.SECURE), "", "Thrive-Online CSV export", at, "Ann Office",
                Optional.of(at), 1, Optional.of(run5));
        Assessment second = withPupil(first, "p2");
        Assessment own = new Assessment(0, "p3", ProfileKind.GROUP, "referred", AssessmentStatus.COMPLETED, DAY,
                "pack", "2", Map.of(), "t9", "Another label", at, "Bo Office", Optional.empty(), 1,
                Optional.of(new ImportOrigin("csv", "Thrive-Online CSV export", 5, DAY, Map.of())));
        Assessment staffs = new Assessment(0, "p1", ProfileKind.BEHAVIOUR, "worried", AssessmentStatus.DRAFT, DAY,
                "pack", "1", Map.of(), "t1", "Pat", at, "Pat", Optional.empty(), 1, Optional.empty());
        List<Assessment> saved = store.write(tx -> {
            List<Assessment> imported = new java.util.ArrayList<>(tx.imports().insertImportedProfiles(
                    List.of(first, second), List.of("d1", "d2")));
            imported.addAll(tx.imports().insertImportedProfiles(List.of(own), List.of("d3")));
            imported.add(tx.profiles().insert(staffs));
            return imported;
        });
        for (Assessment written : saved) {
            assertEquals(written, store.read(tx -> tx.profiles().find(written.id())).orElseThrow(),
                    "read back as written: " + written.pupilId());
        }
        assertEquals(List.of(saved.get(1)), store.read(tx -> tx.profiles().ofPupils(List.of("p2"))));
        // stored once: the rows of run 5 hold NULL where they share the run's value; the MIS's row is whole
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(
                "SELECT pupil_id, reason, status, pack_version, assessor_name, updated_by, import_format, imported_on"
                        + " FROM assessment ORDER BY id")) {
            List<String> stored = new java.util.ArrayList<>();
            while (rows.next()) {
                stored.add(rows.getString(1) + ":" + rows.getString(2) + "," + rows.getString(3) + ","
                        + rows.getString(4) + "," + rows.getString(5) + "," + rows.getString(6) + ","
                        + rows.getString(7) + "," + rows.getObject(8, LocalDate.class));
            }
            assertEquals(List.of("p1:null,null,null,null,null,null,null", "p2:null,null,null,null,null,null,null",
                    "p3:referred,null,2,Another label,Bo Office,null,2025-01-10",
                    "p1:worried,DRAFT,1,Pat,Pat,null,null"), stored);
        }

        // a practitioner edits p1's imported profile, then a later run rewrites it: the rest stays as it was
        Assessment edited = store.write(tx -> tx.profiles().update(new Assessment(saved.get(0).id(), "p1",
                ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, DAY, "pack", "1", Map.of(), "",
                "Thrive-Online CSV export", at.plusSeconds(60), "Pat", Optional.of(at), 1, Optional.of(run5)), 1))
                .orElseThrow();
        ImportOrigin run6 = new ImportOrigin("csv", "Thrive-Online CSV export", 6, DAY.plusDays(9),
                Map.of(Strand.BEING, 90));
        store.write(tx -> tx.imports().insertImportedProfiles(List.of(new Assessment(0, "p9", ProfileKind.GROUP,
                "other", AssessmentStatus.COMPLETED, DAY, "pack", "3", Map.of(), "x", "Other label", at, "Cy",
                Optional.of(at), 1, Optional.of(run6))), List.of("d9"))); // run 6's own shared values differ
        Assessment rewritten = store.write(tx -> tx.profiles().update(new Assessment(edited.id(), "p1",
                ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, DAY, "pack", "1", Map.of(), "",
                "Thrive-Online CSV export", at.plusSeconds(120), "Cy", Optional.of(at), 2, Optional.of(run6)), 2))
                .orElseThrow();
        Assessment reread = store.read(tx -> tx.profiles().find(edited.id())).orElseThrow();
        assertEquals(rewritten, reread);
        assertEquals("1", reread.packVersion(), "run 5's pack version, not run 6's");
        assertEquals("Thrive-Online CSV export", reread.assessorName(), "run 5's assessor, not run 6's");
        assertEquals(Optional.of(run6), reread.imported());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCommitsNewProfilesAreSeenByOthersOnlyOnceItCommitsAndAreGoneIfItFails(String database) throws Exception {
        store = open(database);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch looked = new CountDownLatch(1);
        ExecutorService importer = Executors.newSingleThreadExecutor();
        try {
            // an import's commit writes two batches of new profiles, then waits while others look
            Future<List<Assessment>> commit = importer.submit(() -> store.write(tx -> {
                List<Assessment> saved = new java.util.ArrayList<>(tx.imports().insertImportedProfiles(
                        List.of(imported("p1", 7), imported("p2", 7)), List.of("d1", "d2")));
                saved.addAll(tx.imports().insertImportedProfiles(List.of(imported("p3", 7)), List.of("d3")));
                // a second run in the same transaction (the pipeline has one; the store does not rely on it)
                saved.addAll(tx.imports().insertImportedProfiles(List.of(imported("p8", 12)), List.of("d8")));
                // its own transaction sees them (a plan of the same file names the profile it follows)
                assertEquals(4, tx.profiles().ofPupils(List.of("p1", "p2", "p3", "p8")).size());
                assertEquals(4, tx.imports().profileLinks(List.of("p1", "p2", "p3", "p8")).size());
                written.countDown();
                await(looked);
                return saved;
            }));
            await(written);
            // the rows are in the table, committed by batch ...
            assertEquals(4, count(database, "SELECT COUNT(*) FROM assessment"));
            // ... but no one else sees them yet: not by pupil, by id, in the ledger or in its totals
            assertEquals(List.of(), store.read(tx -> tx.profiles().ofPupils(List.of("p1", "p2", "p3", "p8"))));
            assertEquals(List.of(), store.read(tx -> tx.profiles().ofPupil("p1")));
            long firstId = count(database, "SELECT MIN(id) FROM assessment");
            assertEquals(Optional.empty(), store.read(tx -> tx.profiles().find(firstId)));
            assertEquals(Map.of(), store.read(tx -> tx.imports().profileLinks(List.of("p1", "p2", "p3"))));
            assertArrayEquals(new long[] {0, 0}, store.read(tx -> tx.imports().totals()));
            looked.countDown();
            List<Assessment> saved = commit.get(30, TimeUnit.SECONDS);
            // committed: all of them at once, as written
            assertEquals(saved.get(0), store.read(tx -> tx.profiles().find(saved.get(0).id())).orElseThrow());
            assertEquals(4, store.read(tx -> tx.profiles().ofPupils(List.of("p1", "p2", "p3", "p8"))).size());
            assertArrayEquals(new long[] {4, 0}, store.read(tx -> tx.imports().totals()));
        } finally {
            looked.countDown();
            importer.shutdownNow();
        }

        // a commit that fails after writing batches leaves nothing: not in reads, not in the table
        IllegalStateException failed = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> store.write(tx -> {
                    tx.imports().insertImportedProfiles(List.of(imported("p4", 8), imported("p5", 8)),
                            List.of("d4", "d5"));
                    throw new IllegalStateException("the file changed since its preview");
                }));
        assertEquals("the file changed since its preview", failed.getMessage());
        assertEquals(List.of(), store.read(tx -> tx.profiles().ofPupils(List.of("p4", "p5"))));
        assertEquals(4, count(database, "SELECT COUNT(*) FROM assessment"));
        assertEquals(0, count(database, "SELECT COUNT(*) FROM assessment_level l JOIN assessment a"
                + " ON a.id = l.assessment_id WHERE a.import_run_id = 8"));
        assertEquals(0, count(database, "SELECT COUNT(*) FROM import_row_defaults WHERE run_id = 8"));

        // a node that stopped mid-commit leaves its batches unseen; the next start-up deletes them ...
        leaveStagedRows(database, 9, "p6");
        assertEquals(List.of(), store.read(tx -> tx.profiles().ofPupil("p6")), "unseen while left");
        store.close();
        store = reopen(database);
        assertEquals(0, count(database, "SELECT COUNT(*) FROM assessment WHERE import_run_id = 9"));
        assertEquals(0, count(database, "SELECT COUNT(*) FROM import_row_defaults WHERE run_id = 9"));
        // ... or, when another node was importing then, the next import to write new profiles
        leaveStagedRows(database, 10, "p6");
        store.write(tx -> tx.imports().insertImportedProfiles(List.of(imported("p7", 11)), List.of("d7")));
        assertEquals(0, count(database, "SELECT COUNT(*) FROM assessment WHERE import_run_id = 10"));
        assertEquals(5, count(database, "SELECT COUNT(*) FROM assessment"), "runs 7, 12 and 11's");
        assertEquals(1, store.read(tx -> tx.profiles().ofPupil("p7")).size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aCleanUpWhileACommitIsStillDecidingLeavesItsRows(String database) throws Exception {
        store = open(database);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch cleaning = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<List<Assessment>> commit = threads.submit(() -> store.write(tx -> {
                List<Assessment> saved = tx.imports().insertImportedProfiles(List.of(imported("p1", 21),
                        imported("p2", 21)), List.of("d1", "d2"));
                written.countDown();
                await(cleaning);
                sleep(300); // the clean-up is waiting on the run's mark now (or, on H2, about to give up)
                return saved;
            }));
            await(written);
            // e.g. the commit's node saw its COMMIT fail though the server carried it out, and cleans up
            Future<Object> cleanUp = threads.submit(() -> {
                try (Connection c = connect(database)) {
                    c.setAutoCommit(false);
                    cleaning.countDown();
                    try {
                        int deleted = StagedRows.discard(c, 21);
                        c.commit();
                        return deleted;
                    } catch (SQLException e) {
                        c.rollback();
                        return e; // H2 gives up waiting for the lock after its timeout
                    }
                }
            });
            assertEquals(2, commit.get(30, TimeUnit.SECONDS).size());
            Object cleaned = cleanUp.get(30, TimeUnit.SECONDS);
            assertTrue(Integer.valueOf(0).equals(cleaned) || cleaned instanceof SQLException,
                    "deleted nothing: " + cleaned);
        } finally {
            threads.shutdownNow();
        }
        assertEquals(2, store.read(tx -> tx.profiles().ofPupils(List.of("p1", "p2"))).size(), "the import's rows");
        assertEquals(2, count(database, "SELECT COUNT(*) FROM assessment_level"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anErasureDuringACommitWaitsForItSoNoneOfThePupilsRowsEscapeIt(String database) throws Exception {
        store = open(database);
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch erasing = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        Object erased;
        try {
            Future<List<Assessment>> commit = threads.submit(() -> store.write(tx -> {
                List<Assessment> saved = new java.util.ArrayList<>(tx.imports().insertImportedProfiles(
                        List.of(imported("p1", 31), imported("p2", 31)), List.of("d1", "d2")));
                written.countDown();
                await(erasing);
                sleep(database.equals("h2") ? 2500 : 500); // on H2, past its lock timeout
                // the commit's next batch has more of p1's profiles
                saved.addAll(tx.imports().insertImportedProfiles(List.of(withDay(imported("p1", 31), 1)),
                        List.of("d3")));
                return saved;
            }));
            await(written);
            Future<Object> erasure = threads.submit(() -> {
                erasing.countDown();
                try {
                    return store.write(tx -> tx.dataProtection().erase("p1", "erased-token"));
                } catch (org.thrivemis.api.store.StoreException e) {
                    return e;
                }
            });
            assertEquals(3, commit.get(30, TimeUnit.SECONDS).size());
            erased = erasure.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        if (erased instanceof org.thrivemis.api.store.StoreException refused) {
            // H2 gives up waiting after its lock timeout: the erasure changed nothing and says to try again
            assertEquals("h2", database, refused.getMessage());
            assertTrue(refused.getMessage().contains("while an import of Thrive-Online data is being committed;"
                    + " nothing was changed. Try again when the import has finished"), refused.getMessage());
            assertEquals(2, store.read(tx -> tx.profiles().ofPupil("p1")).size(), "the import's rows, all of them");
            store.write(tx -> tx.dataProtection().erase("p1", "erased-token"));
        }
        // PostgreSQL waited for the commit, then erased all of it; on H2 the second try did
        assertEquals(List.of(), store.read(tx -> tx.profiles().ofPupil("p1")));
        assertEquals(0, count(database, "SELECT COUNT(*) FROM assessment WHERE pupil_id = 'p1'"));
        assertEquals(1, store.read(tx -> tx.profiles().ofPupil("p2")).size(), "another pupil's profile stays");
    }

    @org.junit.jupiter.api.Test
    void onADatabaseDefaultingToRepeatableReadACommitStillSeesAndPublishesItsRows() throws Exception {
        url = PostgreSqlServer.get().newDatabase();
        try (Connection c = connect("postgresql"); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + c.getCatalog() + " SET default_transaction_isolation = 'repeatable read'");
        }
        store = reopen("postgresql");
        // the pool pins READ COMMITTED: the commit sees the mark its second connection stored after it began
        store.write(tx -> {
            tx.profiles().ofPupil("p0"); // the transaction's snapshot would be taken here under REPEATABLE READ
            return tx.imports().insertImportedProfiles(List.of(imported("p1", 41)), List.of("d1"));
        });
        assertEquals(1, store.read(tx -> tx.profiles().ofPupil("p1")).size());
    }

    private static Assessment withDay(Assessment a, int days) {
        return new Assessment(0, a.pupilId(), a.kind(), a.reason(), a.status(), a.assessedOn().plusDays(days),
                a.packId(), a.packVersion(), a.levels(), a.assessorId(), a.assessorName(), a.updatedAt(),
                a.updatedBy(), a.completedAt(), 1, a.imported());
    }

    private static Assessment imported(String pupilId, long runId) {
        return new Assessment(0, pupilId, ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, DAY, "pack", "1",
                Map.of("being-01", Level.SECURE), "", "CSV", AT, "Ann", Optional.of(AT), 1,
                Optional.of(new ImportOrigin("csv", "CSV", runId, DAY, Map.of(Strand.BEING, 50))));
    }

    /** What a commit stopped mid-way leaves: its run marked as staged, and a row of it with a level. */
    private void leaveStagedRows(String database, long runId, String pupilId) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO import_row_defaults (run_id, reason, status, pack_id, pack_version, assessor_id,"
                    + " assessor_name, updated_by, import_format, import_format_label, imported_on, staged) VALUES ("
                    + runId + ", '', 'COMPLETED', 'pack', '1', '', 'CSV', 'Ann', 'csv', 'CSV', DATE '2025-01-10', TRUE)");
            s.executeUpdate("INSERT INTO assessment (pupil_id, kind, assessed_on, updated_at, version, import_run_id,"
                    + " import_digest, import_version, import_ledger) VALUES ('" + pupilId + "', 'BASELINE',"
                    + " DATE '2025-01-10', TIMESTAMP WITH TIME ZONE '2025-06-01 09:00:00+00', 1, " + runId
                    + ", 'dx', 1, TRUE)");
            s.executeUpdate("INSERT INTO assessment_level (assessment_id, statement_id, level) SELECT id, 'being-01',"
                    + " 'SECURE' FROM assessment WHERE import_run_id = " + runId);
        }
    }

    private long count(String database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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

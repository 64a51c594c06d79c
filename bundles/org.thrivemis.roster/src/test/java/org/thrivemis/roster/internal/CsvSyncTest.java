package org.thrivemis.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.roster.internal.Fixtures.CLOCK;
import static org.thrivemis.roster.internal.Fixtures.OFFICE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;
import org.thrivemis.roster.internal.csv.TestCsvSources;

/** The engine with the OneRoster CSV source on the real store: first sync, re-sync, delta, re-keyed ids. */
class CsvSyncTest {
    @TempDir
    Path dir;

    private TestStore db;
    private RosterSyncImpl sync;

    @BeforeEach
    void start() {
        db = new TestStore(dir.resolve("db"));
        sync = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
        sync.addSource(TestCsvSources.at(""), Fixtures.props("trust"));
    }

    @AfterEach
    void stop() throws Exception {
        sync.deactivate();
        db.close();
    }

    private SyncReport run(String dataset) {
        return sync.run(OFFICE, "trust", Optional.of(Fixtures.resource(dataset)));
    }

    @Test
    void firstSyncAddsTheTrustWithNamesUpnsBirthDatesAndFlagsEveryPupilForABaseline() {
        SyncReport report = run("datasets/trust-bulk");

        assertEquals(SyncStatus.APPLIED, report.status(), report.issues().toString());
        assertEquals(List.of(), report.issues());
        assertEquals(new EntityCounts(2, 0, 0), report.of(RosterEntity.SCHOOL), "the trust itself is no school");
        assertEquals(new EntityCounts(2, 0, 0), report.of(RosterEntity.CLASS));
        assertEquals(new EntityCounts(8, 0, 0), report.of(RosterEntity.PUPIL));
        assertEquals(new EntityCounts(2, 0, 0), report.of(RosterEntity.STAFF), "the guardian is not roster staff");
        assertEquals(new EntityCounts(10, 0, 0), report.of(RosterEntity.ENROLLMENT));
        RosterPupil zoe = pupil(db.state("trust"), "u7");
        assertEquals("Zoë", zoe.givenName());
        assertEquals("Brontë", zoe.familyName());
        assertEquals(Optional.of(LocalDate.of(2016, 7, 7)), zoe.dateOfBirth());
        assertTrue(zoe.upn().orElseThrow().endsWith("820200200003"), zoe.upn().toString());
        assertEquals("Smith, Jr", pupil(db.state("trust"), "u3").familyName(), "a quoted comma is data");
        assertEquals(List.of("s2"), db.state("trust").staff().stream().filter(s -> s.value().sourceId().equals("t2"))
                .findFirst().orElseThrow().value().schoolSourceIds(), "the trust is dropped from a teacher's schools");
        List<BaselinePupil> baseline = db.store().read(tx -> tx.roster().needingBaseline());
        assertEquals(8, baseline.size());
        assertEquals(SyncStatus.APPLIED, db.store().read(tx -> tx.roster().runs(1)).get(0).status());
    }

    @Test
    void aResyncOfTheSameDataChangesNothing() {
        run("datasets/trust-bulk");
        RosterState before = db.state("trust");

        SyncReport again = run("datasets/trust-bulk");

        assertEquals(SyncStatus.APPLIED, again.status());
        for (RosterEntity e : RosterEntity.values()) {
            assertEquals(EntityCounts.NONE, again.of(e), e.name());
        }
        assertEquals(before, db.state("trust"));
    }

    @Test
    void anIdenticalDatasetIsNotReadAgainUnlessAnotherSyncRanSince() {
        run("datasets/trust-bulk");

        SyncReport same = run("datasets/trust-bulk");
        assertEquals(SyncStatus.APPLIED, same.status());
        assertTrue(same.issues().get(0).message().contains("exactly what the last sync applied"), same.issues().toString());

        // another source that delivers nothing (every kind absent) still counts as a sync in between
        sync.addSource((request, sink) -> new org.thrivemis.api.roster.RosterRead(java.util.Map.of()),
                Fixtures.props("other"));
        assertEquals(SyncStatus.APPLIED, sync.run(OFFICE, "other", Optional.empty()).status());
        SyncReport reread = run("datasets/trust-bulk");
        assertEquals(List.of(), reread.issues(), "read and compared in full");
        for (RosterEntity e : RosterEntity.values()) {
            assertEquals(EntityCounts.NONE, reread.of(e), e.name());
        }
    }

    @Test
    void aDeltaArchivesTheLeaverKeepsTheirRecordAndFlagsTheJoinerForABaseline() {
        run("datasets/trust-bulk");
        db.store().write(tx -> {
            // office staff dealt with the first baselines; only the joiner should be listed after the delta
            return null;
        });

        SyncReport delta = run("datasets/trust-delta");

        assertEquals(SyncStatus.APPLIED, delta.status(), delta.issues().toString());
        assertEquals(new EntityCounts(1, 0, 1), delta.of(RosterEntity.PUPIL));
        assertEquals(new EntityCounts(1, 0, 1), delta.of(RosterEntity.ENROLLMENT));
        assertEquals(EntityCounts.NONE, delta.of(RosterEntity.SCHOOL), "orgs absent from the delta");
        assertEquals(EntityCounts.NONE, delta.of(RosterEntity.CLASS));
        RosterState after = db.state("trust");
        RosterRow<RosterPupil> hal = row(after, "u8");
        assertTrue(hal.archivedAt().isPresent(), "the leaver is archived");
        assertEquals("Hal", hal.value().givenName(), "and their record kept");
        RosterRow<RosterPupil> ivy = row(after, "u9");
        assertTrue(ivy.current() && ivy.needsBaseline(), "the joiner is flagged for a baseline");
        assertEquals(Optional.of(LocalDate.of(2016, 10, 10)), ivy.value().dateOfBirth());
        List<String> baseline = db.store().read(tx -> tx.roster().needingBaseline()).stream()
                .map(BaselinePupil::pupilSourceId).toList();
        assertTrue(baseline.contains("u9") && !baseline.contains("u8"), baseline.toString());
        assertEquals(8, after.pupils().stream().filter(RosterRow::current).count());
    }

    @Test
    void reKeyedIdsMatchOnUpnSoNoPupilIsDuplicated() throws IOException {
        run("datasets/trust-bulk");
        Path rekeyed = copyWithPupilIdsRenamed(Fixtures.resource("datasets/trust-bulk"));

        SyncReport report = sync.run(OFFICE, "trust", Optional.of(rekeyed));

        assertEquals(SyncStatus.APPLIED, report.status(), report.issues().toString());
        assertEquals(new EntityCounts(0, 8, 0), report.of(RosterEntity.PUPIL));
        RosterState after = db.state("trust");
        assertEquals(8, after.pupils().size(), "the same 8 rows, now under the new ids");
        assertEquals("Ada", pupil(after, "P-u1").givenName());
    }

    @Test
    void aSyncIsAuditedWithWhoRanItAndTheCounts() {
        run("datasets/trust-bulk");

        List<AuditEntry> audit = db.store().read(tx -> tx.audit().search(new AuditQuery(Optional.empty(),
                Optional.of(OFFICE.userId()), Optional.of("roster.sync"), Optional.empty(), Optional.empty(), 10)));

        assertEquals(1, audit.size());
        assertEquals(AuditOutcome.ALLOWED, audit.get(0).outcome());
        assertTrue(audit.get(0).detail().contains("pupils +8 ~0 -0"), audit.get(0).detail());
    }

    @Test
    void aTeacherCannotRunASyncAndTheRefusalIsAudited() {
        AccessDeniedException e = assertThrows(AccessDeniedException.class,
                () -> sync.run(Fixtures.TEACHER, "trust", Optional.empty()));

        assertTrue(e.getMessage().contains("office staff"), e.getMessage());
        List<AuditEntry> audit = db.store().read(tx -> tx.audit().search(new AuditQuery(Optional.empty(),
                Optional.of(Fixtures.TEACHER.userId()), Optional.empty(), Optional.empty(), Optional.empty(), 10)));
        assertEquals(AuditOutcome.DENIED, audit.get(0).outcome());
        assertTrue(db.state("trust").pupils().isEmpty());
    }

    @Test
    void aSyncKilledBeforeCommitLeavesThePreviousRosterExactly() {
        run("datasets/trust-bulk");
        RosterState before = db.state("trust");
        RosterSyncImpl killed = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK, tx -> {
            throw new IllegalStateException("killed");
        }), db.store(), CLOCK);
        killed.addSource(TestCsvSources.at(""), Fixtures.props("trust"));

        SyncReport report = killed.run(OFFICE, "trust", Optional.of(Fixtures.resource("datasets/trust-delta")));

        assertEquals(before, db.state("trust"));
        assertEquals(SyncStatus.FAILED, report.status());
        assertTrue(report.errors().get(0).message().contains("nothing was changed"), report.errors().toString());
        assertEquals(SyncStatus.FAILED, db.store().read(tx -> tx.roster().run(report.runId())).orElseThrow().status(),
                "recorded, not left running");
        killed.deactivate();
    }

    @Test
    void aMissingFolderFailsWithAClearMessageAndChangesNothing() {
        SyncReport report = sync.run(OFFICE, "trust", Optional.of(dir.resolve("nowhere")));

        assertEquals(SyncStatus.FAILED, report.status());
        assertTrue(report.errors().get(0).message().contains("no folder or ZIP"), report.errors().toString());
        assertNotEquals(0, report.runId());
    }

    private Path copyWithPupilIdsRenamed(Path from) throws IOException {
        Path to = Files.createDirectories(dir.resolve("rekeyed"));
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                text = text.replaceAll("(?m)^u(\\d)", "P-u$1").replaceAll(",u(\\d),student", ",P-u$1,student");
                Files.writeString(to.resolve(f.getFileName()), text, StandardCharsets.UTF_8);
            }
        }
        return to;
    }

    static RosterPupil pupil(RosterState state, String id) {
        return row(state, id).value();
    }

    static RosterRow<RosterPupil> row(RosterState state, String id) {
        return state.pupils().stream().filter(p -> p.value().sourceId().equals(id)).findFirst().orElseThrow(
                () -> new AssertionError("no pupil " + id + " in " + state.pupils()));
    }
}

package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.RosterChanges;
import org.thrivemis.api.store.RosterChanges.Changes;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;

class JdbcRosterRepositoryTest {

    private static final Instant T1 = Instant.parse("2025-09-01T08:00:00Z");
    private static final Instant T2 = Instant.parse("2025-09-02T08:00:00Z");

    @TempDir
    Path dir;

    private Connection connection;
    private JdbcRosterRepository roster;

    @BeforeEach
    void open() throws SQLException {
        H2Database db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        connection = db.transaction();
        roster = new JdbcRosterRepository(() -> connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static RosterPupil pupil(String id, String upn, String given) {
        return new RosterPupil(id, Optional.ofNullable(upn), given, "Smith", Optional.of(LocalDate.of(2017, 3, 4)),
                List.of("s1"), Origin.line("users.csv", 2));
    }

    private static RosterChanges adding(List<RosterPupil> pupils) {
        return new RosterChanges("csv", T1,
                new Changes<>(List.of(new RosterSchool("s1", "Oak Primary", Origin.NONE)), List.of(), List.of()),
                new Changes<>(List.of(new RosterClass("c1", "s1", "Year 3 Oak", Origin.NONE)), List.of(), List.of()),
                new Changes<>(pupils, List.of(), List.of()),
                new Changes<>(List.of(new RosterStaff("t1", "Ann", "Teach", List.of("s1"), Origin.NONE)), List.of(),
                        List.of()),
                new Changes<>(List.of(new RosterEnrollment("e1", "c1", "p1", EnrollmentRole.PUPIL,
                        Optional.of(LocalDate.of(2025, 9, 1)), Optional.empty(), Origin.NONE)), List.of(), List.of()));
    }

    @Test
    void addedRowsReadBackWithEveryFieldAndNewPupilsNeedABaseline() {
        roster.apply(adding(List.of(pupil("p1", "A123456789012", "Ada"), pupil("p2", null, "Bo"))));

        RosterState state = roster.state("csv");
        assertEquals(List.of("Oak Primary"), state.schools().stream().map(r -> r.value().name()).toList());
        assertEquals("Year 3 Oak", state.classes().get(0).value().title());
        RosterPupil ada = state.pupils().get(0).value();
        assertEquals(Optional.of("A123456789012"), ada.upn());
        assertEquals(Optional.of(LocalDate.of(2017, 3, 4)), ada.dateOfBirth());
        assertEquals(List.of("s1"), ada.schoolSourceIds());
        assertEquals(Optional.empty(), state.pupils().get(1).value().upn());
        assertTrue(state.pupils().get(0).needsBaseline());
        RosterEnrollment e = state.enrollments().get(0).value();
        assertEquals(EnrollmentRole.PUPIL, e.role());
        assertEquals(Optional.of(LocalDate.of(2025, 9, 1)), e.begin());
        assertEquals(Optional.empty(), e.end());
        assertTrue(roster.state("another-source").pupils().isEmpty(), "rows belong to their source");

        List<BaselinePupil> baseline = roster.needingBaseline();
        assertEquals(List.of("Ada", "Bo"), baseline.stream().map(BaselinePupil::givenName).toList());
        assertEquals(List.of("Oak Primary"), baseline.get(0).schools());
        assertEquals(T1, baseline.get(0).flaggedAt());
    }

    @Test
    void aCompletedBaselineClearsTheFlagByUpnOrByKeyAndName() {
        roster.apply(adding(List.of(pupil("p1", "A123456789012", "Ada"), pupil("p2", null, "Bo"),
                pupil("p3", null, "Cy"))));

        assertEquals(1, roster.clearNeedsBaseline(Optional.of("A123456789012"), "host-id-of-ada", "Ada", "Smith"));
        assertEquals(1, roster.clearNeedsBaseline(Optional.empty(), "p2", "Bo", "Smith"));
        // the same key with another name is another child: left flagged
        assertEquals(0, roster.clearNeedsBaseline(Optional.empty(), "p3", "Cyril", "Jones"));

        assertEquals(List.of("Cy"), roster.needingBaseline().stream().map(BaselinePupil::givenName).toList());
    }

    @Test
    void anImportOfManyBaselinesClearsTheirFlagsInOneGoByTheSameRules() {
        roster.apply(adding(List.of(pupil("p1", "A123456789012", "Ada"), pupil("p2", null, "Bo"),
                pupil("p3", null, "Cy"))));

        roster.clearNeedsBaseline(List.of(
                new org.thrivemis.api.store.BaselineDone(Optional.of("A123456789012"), "host-id-of-ada", "Ada", "Smith"),
                new org.thrivemis.api.store.BaselineDone(Optional.empty(), "p2", "Bo", "Smith"),
                new org.thrivemis.api.store.BaselineDone(Optional.empty(), "p3", "Cyril", "Jones")));

        assertEquals(List.of("Cy"), roster.needingBaseline().stream().map(BaselinePupil::givenName).toList(),
                "the same key with another name is another child: left flagged");
    }

    @Test
    void archivedRowsAreKeptAndLeaveTheBaselineListAndChangedRowsComeBack() {
        roster.apply(adding(List.of(pupil("p1", null, "Ada"))));
        RosterRow<RosterPupil> ada = roster.state("csv").pupils().get(0);

        roster.apply(new RosterChanges("csv", T2, Changes.none(), Changes.none(),
                new Changes<>(List.of(), List.of(), List.of(ada.id())), Changes.none(), Changes.none()));

        RosterRow<RosterPupil> archived = roster.state("csv").pupils().get(0);
        assertEquals(Optional.of(T2), archived.archivedAt(), "archived, not deleted");
        assertTrue(roster.needingBaseline().isEmpty(), "a leaver needs no baseline");
        assertEquals(0L, roster.currentCounts().get(RosterEntity.PUPIL));

        roster.apply(new RosterChanges("csv", T2, Changes.none(), Changes.none(),
                new Changes<>(List.of(), List.of(archived.updated("csv", pupil("p1", null, "Adah"))), List.of()),
                Changes.none(), Changes.none()));
        RosterRow<RosterPupil> back = roster.state("csv").pupils().get(0);
        assertTrue(back.current());
        assertEquals("Adah", back.value().givenName());
        assertEquals(ada.id(), back.id(), "the same row, so Thrive data keyed on it is kept");
    }

    @Test
    void findsPupilsByUpnAcrossSources() {
        roster.apply(adding(List.of(pupil("p1", "A123456789012", "Ada"))));

        Map<String, RosterRow<RosterPupil>> found = roster.pupilsByUpn(List.of("A123456789012", "B000000000000"));

        assertEquals(1, found.size());
        assertEquals("p1", found.get("A123456789012").value().sourceId());
    }

    @Test
    void batchesManyRowsAcrossBatchBoundaries() {
        List<RosterPupil> many = IntStream.range(0, JdbcRosterRepository.BATCH * 2 + 7)
                .mapToObj(i -> pupil("p" + i, null, "P" + i)).toList();

        roster.apply(adding(many));

        assertEquals((long) many.size(), roster.currentCounts().get(RosterEntity.PUPIL));
    }

    @Test
    void runsKeepStatusCountsAndIssuesWithHugeValuesShortened() {
        long id = roster.startRun("csv", "Ann Office", T1);
        assertEquals(SyncStatus.RUNNING, roster.run(id).orElseThrow().status());
        String huge = "x".repeat(100_000);

        roster.finishRun(new SyncReport(id, "csv", "Ann Office", T1, Optional.of(T2), SyncStatus.REFUSED,
                Map.of(RosterEntity.PUPIL, new EntityCounts(1, 2, 3)),
                List.of(SyncIssue.error(Origin.line("users.csv", 7), "givenName", huge, "too long"),
                        SyncIssue.error(Origin.line("users.csv", 8), "birthDate", "2019-13-01", "bad date"))), 1);

        SyncReport read = roster.runs(10).get(0);
        assertEquals(SyncStatus.REFUSED, read.status());
        assertEquals(Optional.of(T2), read.finishedAt());
        assertEquals(new EntityCounts(1, 2, 3), read.of(RosterEntity.PUPIL));
        assertEquals(EntityCounts.NONE, read.of(RosterEntity.SCHOOL));
        assertEquals(2, read.issues().size(), "one kept, plus a note that one more was not");
        SyncIssue first = read.issues().get(0);
        assertEquals(Origin.line("users.csv", 7), first.origin());
        assertTrue(first.value().length() <= SyncRuns.VALUE_LIMIT, first.value());
        assertTrue(first.value().endsWith("(100000 characters)"), first.value());
        assertTrue(read.issues().get(1).message().startsWith("1 more issues"), read.issues().get(1).message());
        assertFalse(roster.run(id + 1).isPresent());
    }

    @Test
    void onlyRunsWhoseHeartbeatIsStaleAreMarkedInterrupted() {
        Instant now = T1.plusSeconds(3600);
        long dead = roster.startRun("csv", "Ann", T1, "node-a/1");
        long alive = roster.startRun("host", "Ann", T1, "node-b/2");
        long old = roster.startRun("rest", "Ann", T1);
        assertEquals(1, roster.heartbeat("node-b/2", now.minusSeconds(20)));

        List<Long> marked = roster.interruptStale(now.minusSeconds(120), now);

        assertEquals(List.of(dead, old), marked, "a run recorded without a heartbeat counts from its start");
        SyncReport interrupted = roster.run(dead).orElseThrow();
        assertEquals(SyncStatus.INTERRUPTED, interrupted.status());
        assertEquals(Optional.of(now), interrupted.finishedAt());
        assertTrue(interrupted.issues().get(0).message().contains("node-a/1"), interrupted.issues().toString());
        assertEquals(SyncStatus.RUNNING, roster.run(alive).orElseThrow().status(), "the other node is alive");
        assertEquals(List.of(), roster.interruptStale(now.minusSeconds(120), now));
    }

    @Test
    void theLatestFingerprintIsOnlyThatOfTheLatestAppliedRunOverall() {
        long a = roster.startRun("csv", "Ann", T1);
        roster.finishRun(new SyncReport(a, "csv", "Ann", T1, Optional.of(T1), SyncStatus.APPLIED, Map.of(),
                List.of()), 10);
        roster.recordFingerprint(a, "sha-256:abc");
        assertEquals(Optional.of("sha-256:abc"), roster.latestFingerprint("csv"));

        long b = roster.startRun("host", "Ann", T2);
        roster.finishRun(new SyncReport(b, "host", "Ann", T2, Optional.of(T2), SyncStatus.APPLIED, Map.of(),
                List.of()), 10);

        assertEquals(Optional.empty(), roster.latestFingerprint("csv"), "another source synced since");
    }

    @Test
    void lastAppliedIsTheStartOfTheLatestAppliedRunOfThatSource() {
        assertEquals(Optional.empty(), roster.lastApplied("csv"));
        long first = roster.startRun("csv", "Ann", T1);
        roster.finishRun(new SyncReport(first, "csv", "Ann", T1, Optional.of(T1), SyncStatus.APPLIED, Map.of(),
                List.of()), 10);
        long refused = roster.startRun("csv", "Ann", T2);
        roster.finishRun(new SyncReport(refused, "csv", "Ann", T2, Optional.of(T2), SyncStatus.REFUSED, Map.of(),
                List.of()), 10);

        assertEquals(Optional.of(T1), roster.lastApplied("csv"), "a refused run changed nothing to count from");
        assertEquals(Optional.empty(), roster.lastApplied("other"));
    }
}

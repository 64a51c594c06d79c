package org.thrivemis.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.roster.internal.Fixtures.CLOCK;
import static org.thrivemis.roster.internal.Fixtures.OFFICE;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.SourceInfo;
import org.thrivemis.api.roster.SyncAlreadyRunningException;
import org.thrivemis.api.roster.SyncProgress;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;

/** Runs in the background, one at a time per source, with progress; sources come and go. */
class RosterSyncImplTest {
    @TempDir
    Path dir;

    private TestStore db;
    private RosterSyncImpl sync;
    private final CountDownLatch reading = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    /** A source that reports progress, then waits until the test lets it finish. */
    private final RosterSource slow = (request, sink) -> {
        sink.school(new RosterSchool("s1", "Oak Primary", Origin.NONE));
        sink.progress("Reading the slow source");
        reading.countDown();
        try {
            release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new RosterRead(java.util.Map.of(org.thrivemis.api.roster.RosterEntity.SCHOOL,
                org.thrivemis.api.roster.Coverage.BULK));
    };

    @BeforeEach
    void start() {
        db = new TestStore(dir);
        sync = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
        sync.addSource(slow, Fixtures.props("slow"));
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        sync.deactivate();
        db.close();
    }

    @Test
    void onStartRunsLeftRunningByADeadProcessAreInterruptedButALiveNodesAreNot() throws Exception {
        Instant now = CLOCK.instant();
        long dead = db.store().write(tx -> tx.roster().startRun("slow", "Ann", now.minus(RosterSyncImpl.STALE)
                .minusSeconds(1), "crashed/1"));
        long alive = db.store().write(tx -> tx.roster().startRun("host", "Ann", now.minusSeconds(30), "other/2"));

        RosterSyncImpl restarted = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
        try {
            assertEquals(SyncStatus.INTERRUPTED, sync.report(OFFICE, dead).orElseThrow().status());
            assertEquals(SyncStatus.RUNNING, sync.report(OFFICE, alive).orElseThrow().status());
            assertTrue(!restarted.nodeId().equals(sync.nodeId()), "a restart is a new node: " + restarted.nodeId());
        } finally {
            restarted.deactivate();
        }
    }

    @Test
    void aSecondRunOfTheSameSourceIsRefusedWhileTheFirstRunsAndProgressIsReported() throws Exception {
        long first = sync.start(OFFICE, "slow", Optional.empty());
        assertTrue(reading.await(10, TimeUnit.SECONDS));

        SyncAlreadyRunningException e = assertThrows(SyncAlreadyRunningException.class,
                () -> sync.start(OFFICE, "slow", Optional.empty()));
        assertEquals(first, e.runningRunId());
        assertTrue(e.getMessage().contains("already running"), e.getMessage());
        SyncProgress progress = sync.progress("slow").orElseThrow();
        assertEquals("Reading the slow source", progress.stage());
        assertEquals(1, progress.recordsRead());
        List<SourceInfo> sources = sync.sources(OFFICE);
        assertTrue(sources.get(0).running().isPresent());
        assertEquals(SyncStatus.RUNNING, sync.report(OFFICE, first).orElseThrow().status());

        release.countDown();
        waitFor(() -> sync.progress("slow").isEmpty());
        assertEquals(SyncStatus.APPLIED, sync.report(OFFICE, first).orElseThrow().status());
        assertEquals(SyncStatus.APPLIED, sync.run(OFFICE, "slow", Optional.empty()).status(),
                "once finished, the source can run again");
    }

    @Test
    void aRunOnOneNodeRefusesTheSameSourceOnAnotherNodeSharingTheDatabaseUntilItEnds() throws Exception {
        RosterSyncImpl otherNode = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
        try {
            otherNode.addSource(slow, Fixtures.props("slow"));
            long first = sync.start(OFFICE, "slow", Optional.empty());
            assertTrue(reading.await(10, TimeUnit.SECONDS));

            SyncAlreadyRunningException e = assertThrows(SyncAlreadyRunningException.class,
                    () -> otherNode.start(OFFICE, "slow", Optional.empty()));
            assertEquals(first, e.runningRunId(), "the refusal names the run on the first node");
            assertTrue(otherNode.progress("slow").isEmpty(), "the refused node keeps no run of its own");
            assertEquals(1, sync.recentRuns(OFFICE, 10).size(), "the refused start recorded no run");

            release.countDown();
            waitFor(() -> sync.progress("slow").isEmpty());
            assertEquals(SyncStatus.APPLIED, otherNode.run(OFFICE, "slow", Optional.empty()).status(),
                    "once the first node's run ended, the other node runs the source");
        } finally {
            otherNode.deactivate();
        }
    }

    @Test
    void aRunWhoseNodeStoppedHeartbeatingIsInterruptedAndTakenOverByTheNextStart() throws Exception {
        release.countDown();
        // the other node died within the last minutes; its start-up sweep has not run since
        long dead = db.store().write(tx -> tx.roster().startRun("slow", "Ann", CLOCK.instant()
                .minus(RosterSyncImpl.STALE).minusSeconds(1), "crashed/1"));

        SyncReport report = sync.run(OFFICE, "slow", Optional.empty());

        assertEquals(SyncStatus.APPLIED, report.status());
        SyncReport interrupted = sync.report(OFFICE, dead).orElseThrow();
        assertEquals(SyncStatus.INTERRUPTED, interrupted.status());
        assertTrue(interrupted.issues().get(0).message().contains("crashed/1"), interrupted.issues().toString());
    }

    @Test
    void anUnknownSourceIsNamedWithTheConfiguredOnes() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> sync.run(OFFICE, "nope", Optional.empty()));

        assertTrue(e.getMessage().contains("'nope'") && e.getMessage().contains("slow"), e.getMessage());
    }

    @Test
    void aRemovedSourceIsNoLongerListedOrRun() {
        sync.removeSource(slow, Fixtures.props("slow"));

        assertTrue(sync.sources(OFFICE).isEmpty());
        assertThrows(NotFoundException.class, () -> sync.run(OFFICE, "slow", Optional.empty()));
    }

    @Test
    void recentRunsListNewestFirst() {
        release.countDown();
        long a = sync.run(OFFICE, "slow", Optional.empty()).runId();
        long b = sync.run(OFFICE, "slow", Optional.empty()).runId();

        assertEquals(List.of(b, a), sync.recentRuns(OFFICE, 10).stream().map(r -> r.runId()).toList());
    }

    @Test
    void aSourceWithAScheduleSyncsByItselfAsTheScheduleAndStopsWhenRemoved() throws Exception {
        release.countDown();
        RosterSyncImpl scheduled = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK,
                TimeUnit.MILLISECONDS);
        java.util.Map<String, Object> props = new java.util.HashMap<>(Fixtures.props("timed"));
        props.put(RosterSource.SCHEDULE_MINUTES, "30");
        scheduled.addSource(slow, props);

        waitFor(() -> scheduled.recentRuns(OFFICE, 10).stream()
                .filter(r -> r.status() == SyncStatus.APPLIED).count() >= 2);
        assertEquals("Scheduled sync", scheduled.recentRuns(OFFICE, 1).get(0).startedBy());

        scheduled.removeSource(slow, props);
        waitFor(() -> scheduled.progress("timed").isEmpty());
        int after = scheduled.recentRuns(OFFICE, 100).size();
        Thread.sleep(200); // several periods: no new run may start once removed
        assertEquals(after, scheduled.recentRuns(OFFICE, 100).size());
        scheduled.deactivate();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        Instant end = Instant.now().plus(Duration.ofSeconds(10));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}

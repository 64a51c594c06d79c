package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.roster.SyncAlreadyRunningException;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;

/**
 * "One sync per source" across nodes: two stores (two nodes' pools) on one database, several threads
 * each, start the same source at the same moment; exactly one run starts and every other start is
 * refused naming it. Runs on H2 and on a real PostgreSQL (the subclasses).
 */
abstract class SyncLockContract {
    static final Instant T1 = Instant.parse("2026-11-20T09:00:00Z");
    static final Instant STALE_BEFORE = T1.minusSeconds(120);
    private static final int THREADS_PER_NODE = 4;

    private JdbcThriveStore nodeA;
    private JdbcThriveStore nodeB;

    /** Creates the database (first call) or opens another store on the same one. */
    abstract JdbcThriveStore open();

    @BeforeEach
    void openBoth() {
        nodeA = open();
        nodeB = open();
    }

    @AfterEach
    void closeBoth() {
        for (JdbcThriveStore s : new JdbcThriveStore[] {nodeA, nodeB}) {
            if (s != null) {
                s.close();
            }
        }
    }

    private static long start(JdbcThriveStore node, String source, String nodeId, Instant at) {
        return node.write(tx -> tx.roster().startRunAlone(source, "Ann Office", at, nodeId, at.minusSeconds(120)));
    }

    /** Every thread of both nodes starts the source at once; returns the run ids of the winners and the refusals. */
    private Map<String, List<Long>> race(String source) throws Exception {
        int threads = 2 * THREADS_PER_NODE;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CyclicBarrier together = new CyclicBarrier(threads);
        List<Future<Long>> starts = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            JdbcThriveStore node = i % 2 == 0 ? nodeA : nodeB;
            String nodeId = (i % 2 == 0 ? "node-a/" : "node-b/") + i;
            starts.add(pool.submit(() -> {
                together.await(20, TimeUnit.SECONDS);
                return start(node, source, nodeId, T1);
            }));
        }
        List<Long> won = new ArrayList<>();
        List<Long> refusedNaming = new ArrayList<>();
        for (Future<Long> f : starts) {
            try {
                won.add(f.get(60, TimeUnit.SECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                if (!(e.getCause() instanceof SyncAlreadyRunningException refused)) {
                    throw new AssertionError("a start failed otherwise than by refusal", e.getCause());
                }
                refusedNaming.add(refused.runningRunId());
            }
        }
        pool.shutdown();
        return Map.of("won", won, "refused", refusedNaming);
    }

    @Test
    void ofManyStartsOnTwoNodesAtOnceExactlyOneRunsAndTheOthersAreToldWhichRun() throws Exception {
        // several fresh sources: the first start of a source also creates its lock row, a race of its own
        for (String source : List.of("trust-csv", "trust-rest", "host")) {
            Map<String, List<Long>> result = race(source);

            assertEquals(1, result.get("won").size(), source + ": exactly one start wins, got " + result);
            long winner = result.get("won").get(0);
            assertEquals(2 * THREADS_PER_NODE - 1, result.get("refused").size(), source + ": " + result);
            assertTrue(result.get("refused").stream().allMatch(id -> id == winner),
                    source + ": every refusal names the winning run " + winner + ": " + result);
            List<SyncReport> runs = nodeB.read(tx -> tx.roster().runs(100)).stream()
                    .filter(r -> r.sourceId().equals(source)).toList();
            assertEquals(1, runs.size(), "a refused start records no run: " + runs);
            assertEquals(SyncStatus.RUNNING, runs.get(0).status());
        }
    }

    @Test
    void onceTheRunEndsTheOtherNodeStartsTheSource() {
        long first = start(nodeA, "trust-csv", "node-a/1", T1);
        SyncAlreadyRunningException refused = assertThrows(SyncAlreadyRunningException.class,
                () -> start(nodeB, "trust-csv", "node-b/1", T1.plusSeconds(5)));
        assertEquals(first, refused.runningRunId());
        assertTrue(refused.getMessage().contains("run " + first), refused.getMessage());
        assertTrue(start(nodeB, "another-source", "node-b/1", T1.plusSeconds(5)) > 0,
                "another source is not held by the lock");

        nodeA.write(tx -> {
            tx.roster().finishRun(new SyncReport(first, "trust-csv", "Ann Office", T1, Optional.of(T1.plusSeconds(30)),
                    SyncStatus.APPLIED, Map.of(), List.of()), 10);
            return null;
        });
        long second = start(nodeB, "trust-csv", "node-b/1", T1.plusSeconds(60));

        assertTrue(second > first);
        assertEquals(SyncStatus.APPLIED, nodeB.read(tx -> tx.roster().run(first)).orElseThrow().status());
    }

    @Test
    void aRunWhoseNodeStoppedHeartbeatingIsInterruptedAndTheNewStartWins() {
        long dead = nodeA.write(tx -> tx.roster().startRun("trust-csv", "Ann", STALE_BEFORE.minusSeconds(1), "node-a/1"));
        long alive = nodeA.write(tx -> tx.roster().startRun("trust-rest", "Ann", STALE_BEFORE.plusSeconds(1), "node-a/1"));

        long taken = start(nodeB, "trust-csv", "node-b/1", T1);
        SyncAlreadyRunningException refused = assertThrows(SyncAlreadyRunningException.class,
                () -> start(nodeB, "trust-rest", "node-b/1", T1));

        assertTrue(taken > dead);
        assertEquals(alive, refused.runningRunId(), "a run heard from within the stale period still holds its source");
        SyncReport interrupted = nodeB.read(tx -> tx.roster().run(dead)).orElseThrow();
        assertEquals(SyncStatus.INTERRUPTED, interrupted.status());
        assertTrue(interrupted.issues().get(0).message().contains("node-a/1"), interrupted.issues().toString());
        assertEquals(SyncStatus.RUNNING, nodeB.read(tx -> tx.roster().run(alive)).orElseThrow().status());
    }
}

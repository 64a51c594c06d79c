package org.thrivemis.core.internal.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.store.StoreException;

/**
 * A turn of the retention schedule while a run started from the page is still going logs one INFO
 * line naming that run, not an ERROR; a real failure is still an ERROR.
 */
class RetentionScheduleTest {
    private final Logger log = Logger.getLogger(RetentionSchedule.class.getName());
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        log.addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        log.removeHandler(capture);
    }

    @Test
    void aTurnWhileARunIsGoingIsSkippedWithOneInfoLineNamingTheRun() throws Exception {
        FakeStore store = new FakeStore();
        store.due.add(new RetentionCandidate("P-OLD", "Old Leaver", LocalDate.of(2019, 7, 19)));
        store.due.add(new RetentionCandidate("P-OLDER", "Older Leaver", LocalDate.of(2018, 7, 20)));
        FakeDirectory host = new FakeDirectory();
        DataProtectionServiceImpl service = new DataProtectionServiceImpl(store, host, host,
                new DataProtectionServiceImplTest.Config(6, RetentionAction.ERASE, 0), DataProtectionServiceImplTest.CLOCK);
        CountDownLatch firstDone = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        service.afterEachPupil = () -> {
            firstDone.countDown();
            try {
                goOn.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
        try {
            service.startRetention(DataProtectionServiceImplTest.ADMIN);
            assertTrue(firstDone.await(10, TimeUnit.SECONDS));

            RetentionSchedule.once(24, () -> service.applyRetention(DataProtectionServiceImpl.SCHEDULE));

            assertEquals(1, records.size(), "one line: " + records);
            LogRecord line = records.get(0);
            assertEquals(Level.INFO, line.getLevel());
            assertEquals("The scheduled Thrive retention run was skipped because run 1 is in progress;"
                    + " the schedule tries again in 24 hours.", line.getMessage());
            assertEquals(null, line.getThrown(), "no stack trace for a skip");
            assertEquals(1, store.erased.size(), "the skipped turn erased nobody: " + store.erased);
        } finally {
            goOn.countDown();
            service.stop();
        }
    }

    @Test
    void aRunThatFailsIsStillAnError() {
        RetentionSchedule.once(24, () -> {
            throw new StoreException("database went away", null);
        });

        assertEquals(1, records.size(), "one line: " + records);
        assertEquals(Level.SEVERE, records.get(0).getLevel());
        assertTrue(records.get(0).getMessage().startsWith("The scheduled Thrive retention run failed"),
                records.get(0).getMessage());
    }

    @Test
    void runsAreNumberedOnTheNodeAndARefusalNamesTheRunGoing() {
        RetentionRuns runs = new RetentionRuns(DataProtectionServiceImplTest.CLOCK);
        try {
            RetentionRuns.Run first = runs.beginOrRefuse("Ada Admin", RetentionAction.ERASE, 3);
            RetentionInProgressException e = org.junit.jupiter.api.Assertions.assertThrows(
                    RetentionInProgressException.class, () -> runs.beginOrRefuse("Retention schedule",
                            RetentionAction.ERASE, 3));
            assertEquals(1, e.number());
            assertEquals("Retention run 1 (started by Ada Admin at 2026-11-20T10:00:00Z, 0 of 3 pupils done) is"
                    + " already in progress; its progress is on the retention page. Wait for it to finish.",
                    e.getMessage());
            first.finished();
            runs.beginOrRefuse("Retention schedule", RetentionAction.ERASE, 3).finished();
            runs.beginOrRefuse("Ada Admin", RetentionAction.ERASE, 3);
            assertEquals(3, assertThrowsNumber(runs));
        } finally {
            runs.stop();
        }
    }

    private static int assertThrowsNumber(RetentionRuns runs) {
        return org.junit.jupiter.api.Assertions.assertThrows(RetentionInProgressException.class,
                () -> runs.beginOrRefuse("x", RetentionAction.ERASE, 1)).number();
    }
}

package org.thrivemis.imports.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.ImportWriter;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;
import org.thrivemis.core.internal.imports.ImportWriterImpl;

/**
 * A file of several chunks, read on the reader thread while the step's thread writes: the outcome is the
 * one transaction's, whichever side fails, and no reader thread is left behind.
 */
class ChunkThreadsTest {
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    Path dir;
    private ImportFixture school;
    private ImportServiceImpl failing;

    @BeforeEach
    void open() {
        school = new ImportFixture(dir);
    }

    @AfterEach
    void close() throws Exception {
        if (failing != null) {
            failing.close();
        }
        school.close();
    }

    /** 5,000 group profiles (no consent needed) of Amira and Ben, a day apart: three chunks. */
    private static String bigFile(String badRowAt) {
        List<String> rows = new ArrayList<>();
        LocalDate first = LocalDate.of(2017, 1, 2);
        for (int i = 0; i < 2500; i++) {
            String day = UK.format(first.plusDays(i));
            rows.add(ImportFixture.profile(ImportFixture.AMIRA_UPN, "", "Amira", "Khan", "04/03/2016", day, "Group",
                    "80", "60", "40", ""));
            rows.add(ImportFixture.profile(ImportFixture.BEN_UPN, "", "Ben", "Jones", "10/09/2015",
                    day.equals(badRowAt) ? "31/02/2020" : day, "Group", "70", "", "", ""));
        }
        return ImportFixture.file(rows.toArray(String[]::new));
    }

    @Test
    void aFileOfManyChunksIsCountedAndWrittenInFull() throws Exception {
        ImportRun done = school.importFile(bigFile(""));

        assertEquals(ImportStatus.COMMITTED, done.status(), ImportFixture.messages(done));
        assertEquals(new ImportCounts(5000, 5000, 0, 0, 0, 0), done.counts());
        assertArrayEquals(new long[] {5000, 0}, school.totals());
        assertEquals(2500, school.profiles("p-2").size());
        noReaderLeft();
    }

    @Test
    void aProblemInTheThirdChunkIsReportedInItsPlaceAndTheFileRefused() throws Exception {
        String bad = UK.format(LocalDate.of(2017, 1, 2).plusDays(2200));
        ImportRun preview = school.preview(bigFile(bad));

        assertEquals(ImportStatus.REFUSED, preview.status());
        assertEquals(1, preview.counts().problems(), ImportFixture.messages(preview));
        assertEquals(4999, preview.counts().rows(), "the row the format could not read is a problem, not a row");
        assertTrue(preview.issues().get(0).line() == 2 + 2 * 2200 + 1, preview.issues().toString());
        noReaderLeft();
    }

    @Test
    void aWriteThatFailsInTheSecondChunkStopsTheReaderAndChangesNothing() throws Exception {
        AtomicInteger commits = new AtomicInteger();
        Clock clock = Clock.fixed(ImportFixture.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ImportWriter real = new ImportWriterImpl(ImportFixture.content(), clock);
        ImportWriter failsSecondChunk = (tx, actor, origin, records, commit) -> {
            if (commit && commits.incrementAndGet() == 2) {
                throw new IllegalStateException("the database refused the write (test)");
            }
            return real.apply(tx, actor, origin, records, commit);
        };
        failing = new ImportServiceImpl(school.store.store, ImportFixture.directory(ImportFixture.PUPILS),
                ImportFixture.content(), failsSecondChunk, clock);
        failing.addFormat(school.csv, Map.of(ThriveOnlineImportFormat.FORMAT_ID, "thrive-online-csv",
                ThriveOnlineImportFormat.FORMAT_LABEL, "Thrive-Online CSV export"));
        Path upload = Files.writeString(dir.resolve("big.csv"), bigFile(""));
        long id = failing.start(ImportFixture.OFFICE, upload, "big.csv", Optional.empty()).id();
        ImportRun preview = await(failing, id);
        assertEquals(ImportStatus.READY, preview.status(), ImportFixture.messages(preview));

        failing.commit(ImportFixture.OFFICE, id);
        ImportRun done = await(failing, id);

        assertEquals(ImportStatus.FAILED, done.status());
        assertTrue(done.message().orElse("").contains("the database refused the write (test)"), done.toString());
        assertArrayEquals(new long[] {0, 0}, school.totals(), "the first chunk's rows were rolled back too");
        assertEquals(List.of(), school.profiles("p-1"));
        noReaderLeft();
    }

    private static ImportRun await(ImportServiceImpl service, long id) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            ImportRun run = service.run(ImportFixture.OFFICE, id);
            if (!run.status().working()) {
                return run;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("import run still working after 60 s: " + run);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    /** The reader thread ends with its step (polled: it may take a moment to see that the step stopped). */
    private static void noReaderLeft() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("thrive-import-read-"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("a reader thread is still running after its step ended");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}

package org.thrivemis.it.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.BufferedWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.osgi.framework.BundleContext;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;
import org.thrivemis.imports.csv.internal.CsvFormatConfig;
import org.thrivemis.imports.csv.internal.ThriveOnlineCsvFormat;
import org.thrivemis.imports.internal.ImportServiceImpl;
import org.thrivemis.it.support.Settings;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.Upn;
import org.thrivemis.store.internal.JdbcThriveStore;
import org.thrivemis.store.internal.StoreConfig;

/**
 * Benchmark {@code import}: a generated Thrive-Online CSV export of N rows (default 1,000,000: 50,000
 * pupils with 20 profiles each, matched by UPN, consent given), previewed and committed by the real
 * pipeline (the CSV format, matching, consent, digests, one write transaction whose new rows are staged
 * in batches of their own, audit per pupil, the report) into the real store (H2 file, Liquibase, pool).
 * ratio = the commit / the raw limit, where the raw limit is OpenCSV parsing the same file plus JDBC batch
 * inserts of the same rows into the same table (the native assessment, with its ledger entry on the row as
 * a commit writes it), each batch of 2,000 committed as the commit's staged rows are, no logic. Both sides
 * are warmed up on a tenth of the rows, then run once at full size (the cold
 * round, printed as {@code cold_*}: what this benchmark measured until session 5), then measured at full
 * size, each round into a fresh database. Peak heap is sampled during the commit. Run on demand:
 * {@code mvn -pl integration-tests verify -Pbench -Dbench=import [-Dbench.args=1000000]}.
 */
public final class ImportBenchmark {
    private static final Actor OFFICE = new Actor("bench", "Benchmark", Set.of(ThriveRole.OFFICE));
    private static final int PROFILES_PER_PUPIL = 20;
    private static final int BATCH = 2000;
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 9, 4);
    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final String HEADER = "Record type,UPN,MIS ID,Forename,Surname,Date of birth,Profile date,Profile type,"
            + "Being,Doing,Thinking,Power and identity,Skills and structure,Interdependence,Statements,Plan start,"
            + "Review date,Plan status,Targets";

    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Settings.workDir("bench-import-" + System.nanoTime());
        List<Pupil> pupils = pupils(rows / PROFILES_PER_PUPIL);
        Path file = work.resolve("export.csv");
        Path warmFile = work.resolve("warm-up.csv");
        write(file, pupils);
        write(warmFile, pupils.subList(0, Math.max(1, pupils.size() / 10)));
        System.out.printf("export: %d rows for %d pupils, %d MiB%n", rows, pupils.size(), Files.size(file) >> 20);

        // Warm-up, then a cold round at full size, then the measured round at full size, the raw limit and the
        // import alike. The tenth-size warm-up does not reach what only a big commit takes (page eviction and
        // re-reads, the huge transaction's commit, a heap grown to its size), so the first full-size commit
        // still compiles those paths (about 2 s of C2 on the two cores) and grows the heap: the cold round's
        // figures are printed too, as cold_*, and are what this benchmark measured until session 5.
        rawLimit(warmFile, work.resolve("raw-warm-up"));
        importOnce(work.resolve("warm-up-db"), pupils, warmFile, Round.WARM_UP);
        long coldRaw = rawLimit(file, work.resolve("raw-cold"));
        long coldRawCpu = RAW_CPU_MS.get();
        System.out.printf("raw limit, cold round: %d ms%n", coldRaw);
        Measured cold = importOnce(work.resolve("cold-db"), pupils, file, Round.COLD);
        long raw = rawLimit(file, work.resolve("raw"));
        System.out.printf("raw limit (OpenCSV parse + JDBC batch insert, no logic): %d ms%n", raw);
        Measured m = importOnce(work.resolve("db"), pupils, file, Round.MEASURED);
        System.out.printf("import: ratio=%.2f rows_per_s=%d commit_ms=%d raw_ms=%d preview_ms=%d reimport_ms=%d"
                + " peak_heap_mib=%d commit_cpu_ms=%d raw_cpu_ms=%d cold_ratio=%.2f cold_rows_per_s=%d"
                + " cold_commit_ms=%d cold_raw_ms=%d cold_commit_cpu_ms=%d cold_raw_cpu_ms=%d"
                + " (aim: ratio <= 2, rows_per_s >= 100000)%n",
                (double) m.commitMs() / raw, m.rows() * 1000 / Math.max(1, m.commitMs()), m.commitMs(), raw,
                m.previewMs(), m.reimportMs(), m.peakMib(), m.commitCpuMs(), RAW_CPU_MS.get(),
                (double) cold.commitMs() / coldRaw, cold.rows() * 1000 / Math.max(1, cold.commitMs()),
                cold.commitMs(), coldRaw, cold.commitCpuMs(), coldRawCpu);
    }

    /** Which round an import is: the tenth-size warm-up, the first at full size, or the measured one. */
    private enum Round {
        WARM_UP, COLD, MEASURED
    }

    /** What one full-size round measured; the re-import only in the measured round (-1 otherwise). */
    private record Measured(long rows, long previewMs, long commitMs, long commitCpuMs, long peakMib, long reimportMs) {
    }

    private static Measured importOnce(Path db, List<Pupil> pupils, Path file, Round round) throws Exception {
        JdbcThriveStore store = store(db);
        try {
            giveConsent(store, pupils);
            ImportServiceImpl service = new ImportServiceImpl(store, directory(pupils), content(),
                    new org.thrivemis.core.internal.imports.ImportWriterImpl(content(), new org.thrivemis.core.internal.HostClock()));
            Method add = ImportServiceImpl.class.getDeclaredMethod("addFormat", ThriveOnlineImportFormat.class, Map.class);
            add.setAccessible(true);
            add.invoke(service, new ThriveOnlineCsvFormat(csvDefaults()), Map.of(ThriveOnlineImportFormat.FORMAT_ID,
                    "thrive-online-csv", ThriveOnlineImportFormat.FORMAT_LABEL, "Thrive-Online CSV export"));

            long t0 = System.nanoTime();
            ImportRun preview = await(service, service.start(OFFICE, copy(file), "export.csv", Optional.empty()).id());
            long previewMs = (System.nanoTime() - t0) / 1_000_000;
            check(preview, ImportStatus.READY);

            HeapSampler heap = HeapSampler.begin();
            long cpu1 = cpuNanos();
            long t1 = System.nanoTime();
            service.commit(OFFICE, preview.id());
            ImportRun done = await(service, preview.id());
            long commitMs = (System.nanoTime() - t1) / 1_000_000;
            long commitCpuMs = (cpuNanos() - cpu1) / 1_000_000;
            long peakMib = heap.peakAndStop() >> 20;
            check(done, ImportStatus.COMMITTED);
            long rows = done.counts().rows();
            System.out.printf("%s: preview: %d ms; commit: %d ms, %d ms CPU (%s); peak heap during commit %d MiB%n",
                    round.name().toLowerCase().replace('_', '-'), previewMs, commitMs, commitCpuMs, done.counts(),
                    peakMib);

            long reimportMs = -1;
            if (round != Round.COLD) {
                long t2 = System.nanoTime();
                ImportRun again = await(service, service.start(OFFICE, copy(file), "export.csv", Optional.empty()).id());
                service.commit(OFFICE, again.id());
                ImportRun reimport = await(service, again.id());
                reimportMs = (System.nanoTime() - t2) / 1_000_000;
                check(reimport, ImportStatus.COMMITTED);
                System.out.printf("re-import of the same file (preview + commit, nothing changes): %d ms (%s)%n",
                        reimportMs, reimport.counts());
            }
            Method close = ImportServiceImpl.class.getDeclaredMethod("close");
            close.setAccessible(true);
            close.invoke(service);
            return new Measured(rows, previewMs, commitMs, commitCpuMs, peakMib, reimportMs);
        } finally {
            Method close = JdbcThriveStore.class.getDeclaredMethod("close");
            close.setAccessible(true);
            close.invoke(store);
            delete(db);
        }
    }

    /** A round's database, once measured: four rounds of a million rows would fill the disk by the gigabyte. */
    private static void delete(Path dir) throws java.io.IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static final AtomicLong RAW_CPU_MS = new AtomicLong();

    /**
     * CPU time of the whole benchmark JVM (every thread: the pipeline's, H2's background writer, GC), so a
     * run on a machine others load can still be compared: the wall clock there mostly measures waiting.
     */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
    /** As long as a SHA-256 digest in hex, as the ledger stores it. */
    private static final String DIGEST_SIZED = "d".repeat(64);

    /**
     * OpenCSV parse of the file, then what a commit writes for each row, as plain JDBC batches of 2,000 rows,
     * each committed (as a commit stages its new rows since session 7): the native assessment row with its
     * ledger entry (digest, version written, the ledger mark) on the same row and, as a commit stores them
     * since session 6, the values every row of the run shares once in import_row_defaults (NULL in the row),
     * ids from the batch's generated keys. No checks, matching, consent, digests, audit or report.
     */
    private static long rawLimit(Path file, Path dbDir) throws Exception {
        Method close = JdbcThriveStore.class.getDeclaredMethod("close");
        close.setAccessible(true);
        close.invoke(store(dbDir)); // the same schema, made by the same migrations
        long cpu0 = cpuNanos();
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dbDir.resolve("thrive"));
                Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build())
                        .withSkipLines(1).build();
                PreparedStatement assessment = c.prepareStatement("INSERT INTO assessment (pupil_id, kind, reason,"
                        + " status, assessed_on, pack_id, pack_version, assessor_id, assessor_name, updated_at,"
                        + " updated_by, completed_at, version, import_format, import_format_label, import_run_id,"
                        + " imported_on, import_strands, import_digest, import_version, import_ledger) VALUES (?, ?,"
                        + " NULL, NULL, ?, NULL, NULL, NULL, NULL, ?, NULL, ?, 1, NULL, NULL, 1, NULL, ?, ?, 1, TRUE)",
                        new String[] {"id"})) {
            c.setAutoCommit(false);
            try (PreparedStatement shared = c.prepareStatement("INSERT INTO import_row_defaults (run_id, reason,"
                    + " status, pack_id, pack_version, assessor_id, assessor_name, updated_by, import_format,"
                    + " import_format_label, imported_on) VALUES (1, '', 'COMPLETED', 'pack', '1', '', 'raw', 'raw',"
                    + " 'raw', 'raw', ?)")) {
                shared.setObject(1, LocalDate.now());
                shared.executeUpdate(); // the run's shared values, once, as a commit stores them
            }
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now();
            List<String[]> pending = new ArrayList<>(BATCH);
            String[] row;
            while ((row = csv.readNext()) != null) {
                assessment.setString(1, row[2]);
                assessment.setString(2, row[7].toUpperCase());
                assessment.setObject(3, LocalDate.parse(row[6], UK));
                assessment.setObject(4, now);
                assessment.setObject(5, now);
                assessment.setString(6, "BEING=" + row[8] + ";DOING=" + row[9] + ";THINKING=" + row[10]);
                assessment.setString(7, DIGEST_SIZED); // a ledger digest's size; computing one is logic
                assessment.addBatch();
                pending.add(row);
                if (pending.size() == BATCH) {
                    rawFlush(assessment, pending);
                    c.commit();
                }
            }
            if (!pending.isEmpty()) {
                rawFlush(assessment, pending);
            }
            c.commit();
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        RAW_CPU_MS.set((cpuNanos() - cpu0) / 1_000_000);
        delete(dbDir);
        return ms;
    }

    private static void rawFlush(PreparedStatement assessment, List<String[]> rows) throws Exception {
        assessment.executeBatch();
        try (java.sql.ResultSet keys = assessment.getGeneratedKeys()) {
            for (int i = 0; i < rows.size(); i++) {
                keys.next(); // the ids, as a commit reads them for its report and plans
            }
        }
        rows.clear();
    }

    private static List<Pupil> pupils(int count) {
        List<Pupil> pupils = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String upn = Upn.withCheckLetter(String.format("%03d%04d%02d%03d", 801 + i / 10_000_000 % 100,
                    i / 1000 % 10_000, 16, i % 1000));
            pupils.add(new Pupil("b-" + i, Optional.of(upn), "Forename" + i, "Surname" + (i % 5000),
                    LocalDate.of(2012 + i % 6, 1 + i % 12, 1 + i % 28), String.valueOf(1 + i % 6)));
        }
        return pupils;
    }

    /** Per pupil: a baseline, a behaviour profile and group profiles, a week apart, in pupil order. */
    private static void write(Path file, List<Pupil> pupils) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (Pupil p : pupils) {
                for (int n = 0; n < PROFILES_PER_PUPIL; n++) {
                    String kind = n == 0 ? "Baseline" : n == 1 ? "Behaviour" : "Group";
                    out.write(String.join(",", "Profile", p.upn().get(), p.id(), p.givenName(), p.familyName(),
                            UK.format(p.dateOfBirth()), UK.format(FIRST_DAY.plusWeeks(n)), kind,
                            String.valueOf((n * 7) % 101), String.valueOf((n * 13) % 101), String.valueOf((n * 17) % 101),
                            "", "", "", "", "", "", "", ""));
                    out.write("\r\n");
                }
            }
        }
    }

    private static void giveConsent(JdbcThriveStore store, List<Pupil> pupils) {
        store.write(tx -> {
            for (Pupil p : pupils) {
                tx.consents().insert(new ConsentRecord(0, p.id(), ConsentDecision.GIVEN,
                        EnumSet.allOf(ConsentScope.class), "Parent", Relationship.PARENT, FIRST_DAY.minusDays(1), "",
                        "bench", "Benchmark", Instant.parse("2023-09-01T09:00:00Z")));
            }
            return null;
        });
    }

    private static Path copy(Path file) throws Exception {
        Path upload = Files.createTempFile(file.getParent(), "upload-", ".csv");
        Files.copy(file, upload, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return upload;
    }

    private static ImportRun await(ImportServiceImpl service, long id) {
        while (true) {
            ImportRun run = service.run(OFFICE, id);
            if (!run.status().working()) {
                return run;
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }

    private static void check(ImportRun run, ImportStatus expected) {
        if (run.status() != expected) {
            throw new IllegalStateException("import run " + run.id() + " is " + run.status() + ", not " + expected
                    + ": " + run.message().orElse("") + " " + run.issues());
        }
    }

    private static PupilDirectory directory(List<Pupil> pupils) {
        return new PupilDirectory() {
            @Override
            public Optional<Pupil> pupil(String id) {
                return pupils.stream().filter(p -> p.id().equals(id)).findFirst();
            }

            @Override
            public List<Pupil> pupils(java.util.Collection<String> ids) {
                return pupils.stream().filter(p -> ids.contains(p.id())).toList();
            }

            @Override
            public List<Pupil> search(String text, int limit) {
                return pupils.stream().limit(limit).toList();
            }

            @Override
            public List<Pupil> all() {
                return pupils;
            }
        };
    }

    private static ContentPackService content() {
        List<StrandContent> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            strands.add(new StrandContent(s, s.label(), new AgeRange(0, 216), List.of(), List.of()));
        }
        ContentPack pack = new ContentPack("bench", "1", "Bench pack", true, strands, List.of());
        return new ContentPackService() {
            @Override
            public ContentPack current() {
                return pack;
            }

            @Override
            public List<Problem> lastRefusal() {
                return List.of();
            }
        };
    }

    private static CsvFormatConfig csvDefaults() {
        return (CsvFormatConfig) Proxy.newProxyInstance(ImportBenchmark.class.getClassLoader(),
                new Class<?>[] {CsvFormatConfig.class}, (p, m, a) -> m.getName().equals("annotationType")
                        ? CsvFormatConfig.class : m.getDefaultValue());
    }

    private static JdbcThriveStore store(Path dir) {
        StoreConfig defaults = (StoreConfig) Proxy.newProxyInstance(ImportBenchmark.class.getClassLoader(),
                new Class<?>[] {StoreConfig.class}, (p, m, a) -> m.getName().equals("annotationType")
                        ? StoreConfig.class : m.getDefaultValue());
        BundleContext context = (BundleContext) Proxy.newProxyInstance(ImportBenchmark.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> "getProperty".equals(m.getName())
                        && "thrive.data.dir".equals(a[0]) ? dir.toString() : null);
        return new JdbcThriveStore(defaults, new OsgiDataSourceFactory(new Driver()), context);
    }

    /** Samples heap in use every 10 ms; {@link #peakAndStop} returns the peak seen. */
    private static final class HeapSampler extends Thread {
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);

        static HeapSampler begin() {
            HeapSampler s = new HeapSampler();
            s.setDaemon(true);
            s.start();
            return s;
        }

        @Override
        public void run() {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
        }

        long peakAndStop() throws InterruptedException {
            running.set(false);
            join();
            return peak.get();
        }
    }
}

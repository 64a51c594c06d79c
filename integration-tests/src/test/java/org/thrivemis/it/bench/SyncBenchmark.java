package org.thrivemis.it.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.Driver;
import org.h2.util.OsgiDataSourceFactory;
import org.osgi.framework.BundleContext;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.it.support.Settings;
import org.thrivemis.roster.internal.RosterSyncImpl;
import org.thrivemis.roster.internal.csv.CsvSourceConfig;
import org.thrivemis.roster.internal.csv.OneRosterCsvSource;
import org.postgresql.osgi.PGDataSourceFactory;
import org.thrivemis.store.internal.JdbcThriveStore;
import org.thrivemis.store.internal.PostgreSqlServer;
import org.thrivemis.store.internal.StoreConfig;

/**
 * Benchmarks `sync` and `resync`: a generated trust (default 60 schools: ~60k pupils, 2.5k classes,
 * ~400k enrollments) as a OneRoster CSV folder, synced by the real engine into the real store (H2
 * file database, Liquibase, pool). {@code sync} ratio = full sync / raw limit, where the raw limit
 * is OpenCSV parsing the same files plus JDBC batch inserts of the same rows into the same tables in
 * one transaction, with no logic (measured after a warm-up pass). {@code resync} ratio = a no-change re-sync / the full sync. Peak
 * heap is sampled during the full sync. {@code sync-postgresql} is the same run with the store, and the
 * raw limit's inserts, on the throwaway PostgreSQL cluster the store's tests start (a fresh database
 * each), as a trust configures it. Run on demand:
 * {@code mvn -pl integration-tests verify -Pbench -Dbench=sync [-Dbench.args=60]}.
 */
public final class SyncBenchmark {
    private static final Actor OFFICE = new Actor("bench", "Benchmark", Set.of(ThriveRole.OFFICE));
    private static final int BATCH = 1000;

    private SyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run("sync", args);
    }

    /**
     * Runs the benchmark; {@code name} ({@code sync}, {@code resync} or {@code sync-postgresql})
     * decides the database and which result is the last line, as each benchmark's last line is
     * {@code NAME: ratio=…}.
     */
    static void run(String name, String[] args) throws Exception {
        boolean postgresql = "sync-postgresql".equals(name);
        Database db = postgresql ? new PostgreSql() : new H2();
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path work = Settings.workDir("bench-sync-" + System.nanoTime());
        Path dataset = work.resolve("dataset");
        long enrollments = TrustGenerator.write(dataset, schools);
        System.out.printf("dataset: %d schools, %d pupils, %d classes, %d enrollments%n", schools,
                schools * TrustGenerator.PUPILS_PER_SCHOOL, schools * TrustGenerator.CLASSES_PER_SCHOOL, enrollments);

        // the first pass warms the JIT for both sides (OpenCSV, H2, JDBC); the second is the limit
        long warmUp = rawLimit(dataset, db, work.resolve("raw-db-warm-up"));
        long raw = rawLimit(dataset, db, work.resolve("raw-db"));
        System.out.printf("raw limit (OpenCSV parse + JDBC batch insert, no logic): %d ms (warm-up pass %d ms)%n",
                raw, warmUp);

        JdbcThriveStore store = db.store(work.resolve("sync-db"));
        System.out.println("store: " + store.describe());
        try {
            RosterSyncImpl sync = new RosterSyncImpl(store);
            Method add = RosterSyncImpl.class.getDeclaredMethod("addSource", RosterSource.class, Map.class);
            add.setAccessible(true);
            OneRosterCsvSource csv = new OneRosterCsvSource(csvConfig(dataset));
            add.invoke(sync, csv, Map.of(RosterSource.ID, "bench", RosterSource.LABEL, "Bench trust",
                    RosterSource.KIND, "oneroster-csv"));
            // the same source without its dataset digest: every re-sync reads, checks and compares in full
            RosterSource readsAlways = csv::read;
            add.invoke(sync, readsAlways, Map.of(RosterSource.ID, "bench-full", RosterSource.LABEL, "Bench trust",
                    RosterSource.KIND, "oneroster-csv"));

            HeapSampler heap = HeapSampler.begin();
            long t0 = System.nanoTime();
            SyncReport full = sync.run(OFFICE, "bench", Optional.empty());
            long fullMs = (System.nanoTime() - t0) / 1_000_000;
            long peakMib = heap.peakAndStop() / (1024 * 1024);
            check(full, "full sync");
            System.out.printf("full sync: %d ms (pupils +%d, enrollments +%d), peak heap %d MiB%n", fullMs,
                    full.of(RosterEntity.PUPIL).added(), full.of(RosterEntity.ENROLLMENT).added(), peakMib);

            long t1 = System.nanoTime();
            SyncReport again = sync.run(OFFICE, "bench", Optional.empty());
            long resyncMs = (System.nanoTime() - t1) / 1_000_000;
            check(again, "re-sync");
            boolean unchanged = java.util.Arrays.stream(RosterEntity.values()).noneMatch(e -> again.of(e).any());
            System.out.printf("no-change re-sync (same dataset digest, not read again): %d ms (changes: %s)%n",
                    resyncMs, unchanged ? "none" : "SOME");

            // rows belong to their source: the first run of "bench-full" takes the pupils over by UPN and
            // adds the rest; its second run is the no-change re-sync, read and compared in full
            sync.run(OFFICE, "bench-full", Optional.empty());
            long t2 = System.nanoTime();
            SyncReport compared = sync.run(OFFICE, "bench-full", Optional.empty());
            long compareMs = (System.nanoTime() - t2) / 1_000_000;
            check(compared, "full-compare re-sync");
            System.out.printf("no-change re-sync read and compared in full: %d ms (%.2f of the full sync)%n",
                    compareMs, (double) compareMs / fullMs);

            String syncLine = String.format((postgresql ? "sync-postgresql" : "sync") + ": ratio=%.2f full_ms=%d raw_ms=%d peak_heap_mib=%d (aim <= 1.5)",
                    (double) fullMs / raw, fullMs, raw, peakMib);
            String resyncLine = String.format("resync: ratio=%.2f resync_ms=%d full_ms=%d full_compare_ms=%d (aim <= 0.10)",
                    (double) resyncMs / fullMs, resyncMs, fullMs, compareMs);
            System.out.println("resync".equals(name) ? syncLine : resyncLine);
            System.out.println("resync".equals(name) ? resyncLine : syncLine);
            Method deactivate = RosterSyncImpl.class.getDeclaredMethod("deactivate");
            deactivate.setAccessible(true);
            deactivate.invoke(sync);
        } finally {
            close(store);
        }
    }

    private static void check(SyncReport report, String what) {
        if (report.status() != SyncStatus.APPLIED) {
            throw new IllegalStateException(what + " was " + report.status() + ": " + report.issues());
        }
    }

    /** OpenCSV parse of every file, then batch inserts of the same rows, one transaction, no checks. */
    private static long rawLimit(Path dataset, Database db, Path dbDir) throws Exception {
        close(db.store(dbDir)); // the same schema, made by the same migrations
        long t0 = System.nanoTime();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            insert(c, dataset.resolve("orgs.csv"), "INSERT INTO roster_school (source, source_key, name) VALUES"
                    + " ('raw', ?, ?)", r -> new Object[] {r[0], r[3]}, r -> "school".equals(r[4]));
            insert(c, dataset.resolve("classes.csv"), "INSERT INTO roster_class (source, source_key, school_key,"
                    + " title) VALUES ('raw', ?, ?, ?)", r -> new Object[] {r[0], r[9], r[3]}, r -> true);
            insert(c, dataset.resolve("users.csv"), "INSERT INTO roster_pupil (source, source_key, upn, given_name,"
                    + " family_name, school_keys, needs_baseline) VALUES ('raw', ?, ?, ?, ?, ?, TRUE)",
                    r -> new Object[] {r[0], r[7].substring(5, 18), r[8], r[9], r[4]}, r -> "student".equals(r[5]));
            insert(c, dataset.resolve("users.csv"), "INSERT INTO roster_staff (source, source_key, given_name,"
                    + " family_name, school_keys) VALUES ('raw', ?, ?, ?, ?)",
                    r -> new Object[] {r[0], r[8], r[9], r[4]}, r -> "teacher".equals(r[5]));
            insert(c, dataset.resolve("enrollments.csv"), "INSERT INTO roster_enrollment (source, source_key,"
                    + " class_key, user_key, role, begin_date) VALUES ('raw', ?, ?, ?, ?, ?)",
                    r -> new Object[] {r[0], r[3], r[5], r[6], java.time.LocalDate.parse(r[8])}, r -> true);
            c.commit();
        }
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private static void insert(Connection c, Path file, String sql, java.util.function.Function<String[], Object[]> map,
            java.util.function.Predicate<String[]> wanted) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build())
                        .withSkipLines(1).build();
                PreparedStatement s = c.prepareStatement(sql)) {
            String[] row;
            int pending = 0;
            while ((row = csv.readNext()) != null) {
                if (!wanted.test(row)) {
                    continue;
                }
                Object[] values = map.apply(row);
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    /** Where a run's store and the raw limit's inserts go: the latest store made, and a plain connection to it. */
    private interface Database {
        JdbcThriveStore store(Path dir);

        Connection connect() throws java.sql.SQLException;
    }

    /** The default: an embedded H2 file in the directory given, as the product makes it. */
    private static final class H2 implements Database {
        private Path dir;

        @Override
        public JdbcThriveStore store(Path dir) {
            this.dir = dir;
            return storeOn(dir, Map.of(), new OsgiDataSourceFactory(new Driver()));
        }

        @Override
        public Connection connect() throws java.sql.SQLException {
            return DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("thrive"));
        }
    }

    /** A fresh database of the throwaway PostgreSQL cluster for each store, configured as a trust would. */
    private static final class PostgreSql implements Database {
        private String url;

        @Override
        public JdbcThriveStore store(Path dir) {
            url = PostgreSqlServer.get().newDatabase();
            return storeOn(dir, Map.of("url", url, "user", PostgreSqlServer.get().user(), "dataSourceFactory_target",
                    "(osgi.jdbc.driver.class=org.postgresql.Driver)"), new PGDataSourceFactory());
        }

        @Override
        public Connection connect() throws java.sql.SQLException {
            return DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
        }
    }

    /** The store through the component's own constructor: its defaults, but for the settings given. */
    private static JdbcThriveStore storeOn(Path dir, Map<String, Object> settings,
            org.osgi.service.jdbc.DataSourceFactory factory) {
        StoreConfig config = (StoreConfig) Proxy.newProxyInstance(SyncBenchmark.class.getClassLoader(),
                new Class<?>[] {StoreConfig.class}, (p, m, a) -> m.getName().equals("annotationType")
                        ? StoreConfig.class : settings.getOrDefault(m.getName(), m.getDefaultValue()));
        BundleContext context = (BundleContext) Proxy.newProxyInstance(SyncBenchmark.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> "getProperty".equals(m.getName())
                        && "thrive.data.dir".equals(a[0]) ? dir.toString() : null);
        return new JdbcThriveStore(config, factory, context);
    }

    private static CsvSourceConfig csvConfig(Path dataset) {
        return (CsvSourceConfig) Proxy.newProxyInstance(SyncBenchmark.class.getClassLoader(),
                new Class<?>[] {CsvSourceConfig.class}, (p, m, a) -> switch (m.getName()) {
                    case "location" -> dataset.toString();
                    case "annotationType" -> CsvSourceConfig.class;
                    default -> m.getDefaultValue();
                });
    }

    private static void close(JdbcThriveStore store) throws Exception {
        Method close = JdbcThriveStore.class.getDeclaredMethod("close");
        close.setAccessible(true);
        close.invoke(store);
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
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peakAndStop() throws InterruptedException {
            running.set(false);
            join();
            return peak.get();
        }
    }
}

package org.thrivemis.it.bench;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import jakarta.ws.rs.client.ClientBuilder;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
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
import org.thrivemis.roster.rest.internal.AuthScheme;
import org.thrivemis.roster.rest.internal.OneRosterRestSource;
import org.thrivemis.roster.rest.internal.RestSourceConfig;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.TestTrust;
import org.thrivemis.store.internal.JdbcThriveStore;
import org.thrivemis.store.internal.StoreConfig;

/**
 * Benchmark {@code sync-rest}: the REST part of {@code sync}. The same generated trust as
 * {@link SyncBenchmark} (default 60 schools) is served by the REST source's loopback OneRoster
 * provider (1.1 paths, OAuth 1.0a HMAC-SHA256, pages of 1000) and synced by the real engine into the
 * real store; the same dataset is synced from CSV in the same run for comparison. Ratio = REST full
 * sync / CSV full sync. Also: the no-change re-sync (a delta read), requests made and peak heap. Run:
 * {@code mvn -pl integration-tests verify -Pbench -Dbench=sync-rest [-Dbench.args=60]}.
 */
public final class RestSyncBenchmark {
    private static final Actor OFFICE = new Actor("bench", "Benchmark", Set.of(ThriveRole.OFFICE));
    private static final int PAGE = 1000;

    private RestSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int schools = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        Path work = Settings.workDir("bench-sync-rest-" + System.nanoTime());
        Path dataset = work.resolve("dataset");
        long enrollments = TrustGenerator.write(dataset, schools);
        TestTrust trust = fromCsv(dataset);
        System.out.printf("dataset: %d schools, %d users, %d classes, %d enrollments%n", schools, trust.users.size(),
                trust.classes.size(), enrollments);

        long csvMs;
        JdbcThriveStore csvStore = store(work.resolve("csv-db"));
        try {
            RosterSyncImpl sync = engine(csvStore, new OneRosterCsvSource(csvConfig(dataset)), "oneroster-csv");
            long t0 = System.nanoTime();
            check(sync.run(OFFICE, "bench", Optional.empty()), "CSV full sync");
            csvMs = (System.nanoTime() - t0) / 1_000_000;
            stop(sync);
        } finally {
            close(csvStore);
        }
        System.out.printf("CSV full sync: %d ms%n", csvMs);

        try (OneRosterTestServer server = new OneRosterTestServer(trust)) {
            JdbcThriveStore store = store(work.resolve("rest-db"));
            try {
                OneRosterRestSource source = new OneRosterRestSource(ClientBuilder.newBuilder(), restConfig(server));
                RosterSyncImpl sync = engine(store, source, "oneroster-rest");
                Heap heap = Heap.sample();
                long t0 = System.nanoTime();
                SyncReport full = sync.run(OFFICE, "bench", Optional.empty());
                long fullMs = (System.nanoTime() - t0) / 1_000_000;
                long peakMib = heap.peakAndStop() / (1024 * 1024);
                check(full, "REST full sync");
                int requests = server.requests().size();
                System.out.printf("REST full sync: %d ms, %d requests (pupils +%d, enrollments +%d), peak heap %d MiB%n",
                        fullMs, requests, full.of(RosterEntity.PUPIL).added(), full.of(RosterEntity.ENROLLMENT).added(),
                        peakMib);

                long t1 = System.nanoTime();
                SyncReport again = sync.run(OFFICE, "bench", Optional.empty());
                long resyncMs = (System.nanoTime() - t1) / 1_000_000;
                check(again, "REST re-sync");
                boolean unchanged = java.util.Arrays.stream(RosterEntity.values()).noneMatch(e -> again.of(e).any());
                System.out.printf("REST no-change re-sync (delta): %d ms, %d requests (changes: %s)%n", resyncMs,
                        server.requests().size() - requests, unchanged ? "none" : "SOME");
                System.out.printf("sync-rest: ratio=%.2f rest_full_ms=%d csv_full_ms=%d rest_resync_ms=%d"
                        + " requests=%d peak_heap_mib=%d%n", (double) fullMs / csvMs, fullMs, csvMs, resyncMs,
                        requests, peakMib);
                stop(sync);
                Method closeSource = OneRosterRestSource.class.getDeclaredMethod("close");
                closeSource.setAccessible(true);
                closeSource.invoke(source);
            } finally {
                close(store);
            }
        }
    }

    /** The CSV dataset as the test provider's records (birth dates from demographics.csv onto users). */
    static TestTrust fromCsv(Path dataset) throws Exception {
        TestTrust trust = TestTrust.empty();
        Map<String, String> births = new HashMap<>();
        rows(dataset.resolve("demographics.csv"), r -> births.put(r[0], r[3]));
        rows(dataset.resolve("orgs.csv"), r -> trust.orgs.add(rec(r[0], "name", r[3], "type", r[4], "parent",
                r[6])));
        rows(dataset.resolve("classes.csv"), r -> trust.classes.add(rec(r[0], "title", r[3], "school", r[9])));
        rows(dataset.resolve("users.csv"), r -> {
            String upn = r[7].startsWith("{UPN:") ? r[7].substring(5, r[7].length() - 1) : "";
            trust.users.add(rec(r[0], "givenName", r[8], "familyName", r[9], "role", r[5], "org", r[4], "upn", upn,
                    "birthDate", births.getOrDefault(r[0], "")));
        });
        rows(dataset.resolve("enrollments.csv"), r -> trust.enrollments.add(rec(r[0], "class", r[3], "school", r[4],
                "user", r[5], "role", r[6], "beginDate", r[8])));
        return trust;
    }

    private static TestTrust.Rec rec(String id, String... pairs) {
        Map<String, Object> fields = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (!pairs[i + 1].isEmpty()) {
                fields.put(pairs[i], pairs[i + 1]);
            }
        }
        return new TestTrust.Rec(id, fields, TestTrust.BULK_TIME, false);
    }

    private static void rows(Path file, Consumer<String[]> each) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVReader csv = new CSVReaderBuilder(in).withCSVParser(new RFC4180ParserBuilder().build())
                        .withSkipLines(1).build()) {
            String[] row;
            while ((row = csv.readNext()) != null) {
                each.accept(row);
            }
        }
    }

    private static RosterSyncImpl engine(JdbcThriveStore store, RosterSource source, String kind) throws Exception {
        RosterSyncImpl sync = new RosterSyncImpl(store);
        Method add = RosterSyncImpl.class.getDeclaredMethod("addSource", RosterSource.class, Map.class);
        add.setAccessible(true);
        add.invoke(sync, source, Map.of(RosterSource.ID, "bench", RosterSource.LABEL, "Bench trust",
                RosterSource.KIND, kind));
        return sync;
    }

    private static void stop(RosterSyncImpl sync) throws Exception {
        Method deactivate = RosterSyncImpl.class.getDeclaredMethod("deactivate");
        deactivate.setAccessible(true);
        deactivate.invoke(sync);
    }

    private static void check(SyncReport report, String what) {
        if (report.status() != SyncStatus.APPLIED) {
            List<?> issues = report.issues();
            throw new IllegalStateException(what + " was " + report.status() + ": "
                    + issues.subList(0, Math.min(20, issues.size())));
        }
    }

    private static RestSourceConfig restConfig(OneRosterTestServer server) {
        Map<String, Object> v = Map.of("roster_source_id", "bench", "baseUrl", server.baseUrl("1.1"), "version", "1.1",
                "auth", AuthScheme.OAUTH1_HMAC_SHA256, "consumerKey", OneRosterTestServer.CONSUMER_KEY,
                "_consumerSecret", OneRosterTestServer.CONSUMER_SECRET, "pageSize", PAGE);
        return (RestSourceConfig) Proxy.newProxyInstance(RestSyncBenchmark.class.getClassLoader(),
                new Class<?>[] {RestSourceConfig.class}, (p, m, a) -> m.getName().equals("annotationType")
                        ? RestSourceConfig.class : v.getOrDefault(m.getName(), m.getDefaultValue()));
    }

    private static CsvSourceConfig csvConfig(Path dataset) {
        return (CsvSourceConfig) Proxy.newProxyInstance(RestSyncBenchmark.class.getClassLoader(),
                new Class<?>[] {CsvSourceConfig.class}, (p, m, a) -> switch (m.getName()) {
                    case "location" -> dataset.toString();
                    case "annotationType" -> CsvSourceConfig.class;
                    default -> m.getDefaultValue();
                });
    }

    private static JdbcThriveStore store(Path dir) {
        StoreConfig defaults = (StoreConfig) Proxy.newProxyInstance(RestSyncBenchmark.class.getClassLoader(),
                new Class<?>[] {StoreConfig.class}, (p, m, a) -> m.getName().equals("annotationType")
                        ? StoreConfig.class : m.getDefaultValue());
        BundleContext context = (BundleContext) Proxy.newProxyInstance(RestSyncBenchmark.class.getClassLoader(),
                new Class<?>[] {BundleContext.class}, (p, m, a) -> "getProperty".equals(m.getName())
                        && "thrive.data.dir".equals(a[0]) ? dir.toString() : null);
        return new JdbcThriveStore(defaults, new OsgiDataSourceFactory(new Driver()), context);
    }

    private static void close(JdbcThriveStore store) throws Exception {
        Method close = JdbcThriveStore.class.getDeclaredMethod("close");
        close.setAccessible(true);
        close.invoke(store);
    }

    /** Samples heap in use every 10 ms. */
    private static final class Heap extends Thread {
        private final AtomicLong peak = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);

        static Heap sample() {
            Heap h = new Heap();
            h.setDaemon(true);
            h.start();
            return h;
        }

        @Override
        public void run() {
            while (running.get()) {
                peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
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

package org.thrivemis.it.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.it.bench.TabsLoad.Kind;
import org.thrivemis.it.bench.TabsLoad.Sample;
import org.thrivemis.store.internal.BenchSchema;
import org.thrivemis.store.internal.PostgreSqlServer;

/**
 * Benchmark `tabs` (issue 3): the product jar with a school of about 100,000 pupils (reference
 * host, {@code classesPerYearGroup=477} in etc/) and 1,000,000 stored assessment rows plus plans in
 * the plugin's store, 50 signed-in virtual users opening the profile tab, the action plan tab and
 * a static asset of the same server. Prints p50/p99 per kind; ratio = the larger tab p99 / static
 * p99. `tabs` runs on the embedded H2 store, `tabs-postgresql` on a throwaway PostgreSQL cluster
 * (the store test-jar's PostgreSqlServer), configured as a trust would (etc/org.thrivemis.store.cfg).
 * Arguments (all optional, name=value): classes, pupils (measured), rows, plans, users, warmup,
 * measure (seconds). Run on demand: see the README (`<!-- bench:tabs -->`).
 */
public final class TabsBenchmark {

    private TabsBenchmark() {
    }

    public static void run(String name, boolean postgresql, String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            String[] kv = arg.split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        int classes = Integer.parseInt(a.getOrDefault("classes", "477"));
        int measuredCount = Integer.parseInt(a.getOrDefault("pupils", "500"));
        long rows = Long.parseLong(a.getOrDefault("rows", "1000000"));
        int otherPlans = Integer.parseInt(a.getOrDefault("plans", "5000"));
        int users = Integer.parseInt(a.getOrDefault("users", "50"));
        Duration warmup = Duration.ofSeconds(Long.parseLong(a.getOrDefault("warmup", "20")));
        Duration measure = Duration.ofSeconds(Long.parseLong(a.getOrDefault("measure", "60")));

        Path work = Settings.workDir("bench-" + name + "-" + System.nanoTime());
        Path data = work.resolve("data");
        Path etc = Files.createDirectories(work.resolve("etc"));
        // one school, as when the figures in the README were measured
        Files.writeString(etc.resolve("org.thrivemis.host.reference.cfg"), "classesPerYearGroup=" + classes
                + "\nsecondSchoolClassesPerYearGroup=0\n");
        String url;
        String user;
        if (postgresql) {
            url = PostgreSqlServer.get().newDatabase();
            user = PostgreSqlServer.get().user();
            Files.writeString(etc.resolve("org.thrivemis.store.cfg"), String.join("\n", "url=" + url, "user=" + user,
                    "dataSourceFactory.target=(osgi.jdbc.driver.class=org.postgresql.Driver)", ""));
        } else {
            url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("thrive");
            user = "";
        }

        // the store's own migrations, then the bulk load, before the product's only start
        Files.createDirectories(data);
        BenchSchema.migrate(url, user, "");
        // the sample school numbers its pupils P0001…; 30 a class, 7 year groups (Reception to Year 6):
        // spread over the first 95 % so every row belongs to a pupil on roll
        int spread = classes * 7 * 30 * 95 / 100;
        List<String> measured = new ArrayList<>();
        for (int i = 0; i < measuredCount; i++) {
            measured.add(String.format("P%04d", 1 + (int) ((long) i * spread / measuredCount)));
        }
        long t0 = System.nanoTime();
        TabsSeeder.Seeded seeded = new TabsSeeder().seed(url, user, "", measured, spread, rows, otherPlans);
        System.out.printf("%s: seeded %d completed profiles (%d assessment rows) and %d plans over pupils P0001-P%04d"
                + " in %.1f s%n", name, seeded.assessments(), seeded.levelRows(), seeded.plans(), spread,
                (System.nanoTime() - t0) / 1e9);

        try (ProductProcess product = started(work, data, postgresql)) {
            int pupilCount = pupilCount(product, spread);
            System.out.printf("%s: the reference host has %d pupils%n", name, pupilCount);
            WebSession practitioner = new WebSession(product.baseUrl()).signIn("practitioner");
            practitioner.get("/pupils");
            String yesterday = LocalDate.now().minusDays(1).toString();
            for (String pupil : measured) {
                int status = practitioner.postJson("/api/v1/pupils/" + pupil + "/consents", "{\"decision\":\"GIVEN\","
                        + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"],\"personName\":\"Pat Parent\","
                        + "\"relationship\":\"PARENT\",\"decidedOn\":\"" + yesterday + "\",\"note\":\"\"}").statusCode();
                if (status != 201) {
                    throw new IllegalStateException("consent for " + pupil + " answered " + status);
                }
            }
            TabsLoad load = new TabsLoad(product.baseUrl(), measured);
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                clients.add(load.signIn("practitioner"));
            }
            System.out.printf("%s: %d virtual users, %d measured pupils; warm-up %d s, measuring %d s%n", name, users,
                    measured.size(), warmup.toSeconds(), measure.toSeconds());
            List<Sample> samples = load.run(clients, warmup, measure);
            report(name, samples, measure);
        }
    }

    private static ProductProcess started(Path work, Path data, boolean postgresql) {
        ProductProcess product = ProductProcess.start(work, data, Duration.ofMinutes(15));
        if (postgresql) {
            Await.until("the product to open PostgreSQL (etc/org.thrivemis.store.cfg)", Duration.ofSeconds(120),
                    () -> product.logContains("Thrive store ready: PostgreSQL"));
        }
        return product;
    }

    /** Waits for the configured (large) school, then finds its last pupil number by bisection. */
    private static int pupilCount(ProductProcess product, int atLeast) throws IOException, InterruptedException {
        TabsLoad load = new TabsLoad(product.baseUrl(), List.of());
        HttpClient client = load.signIn("office");
        Await.until("the reference host to generate the large school", Duration.ofMinutes(15),
                () -> exists(product, client, atLeast));
        int low = atLeast;
        int high = 2_000_000;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (exists(product, client, mid)) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static boolean exists(ProductProcess product, HttpClient client, int number) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(product.baseUrl() + "/pupils/"
                    + String.format("P%04d", number))).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void report(String name, List<Sample> samples, Duration measure) {
        Map<Kind, double[]> p = new HashMap<>();
        for (Kind kind : Kind.values()) {
            long n = samples.stream().filter(s -> s.kind() == kind).count();
            double p50 = TabsLoad.percentile(samples, kind, 50);
            double p99 = TabsLoad.percentile(samples, kind, 99);
            p.put(kind, new double[] {p50, p99});
            System.out.printf("%s: %-7s n=%d (%.0f/s) p50=%.1f ms p99=%.1f ms%n", name, kind.name().toLowerCase(), n,
                    n / (double) measure.toSeconds(), p50, p99);
        }
        double profileRatio = p.get(Kind.PROFILE)[1] / p.get(Kind.STATIC)[1];
        double planRatio = p.get(Kind.PLAN)[1] / p.get(Kind.STATIC)[1];
        System.out.printf("%s: profile p99/static p99 = %.2f, plan p99/static p99 = %.2f%n", name, profileRatio, planRatio);
        System.out.printf("%s: ratio=%.2f profile_p50_ms=%.1f profile_p99_ms=%.1f plan_p50_ms=%.1f plan_p99_ms=%.1f"
                + " static_p50_ms=%.1f static_p99_ms=%.1f%n", name, Math.max(profileRatio, planRatio),
                p.get(Kind.PROFILE)[0], p.get(Kind.PROFILE)[1], p.get(Kind.PLAN)[0], p.get(Kind.PLAN)[1],
                p.get(Kind.STATIC)[0], p.get(Kind.STATIC)[1]);
    }
}

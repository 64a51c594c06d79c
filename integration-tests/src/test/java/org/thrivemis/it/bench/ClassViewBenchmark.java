package org.thrivemis.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * Benchmark `classview`: the host's class page with our columns (Thrive stage, action plan and
 * screening, attendance, consent) against the same page without them, in the same run of the
 * product jar. The reference host is configured with 477 classes per year group (just over 100,000
 * pupils) and "today" fixed late in the school year (9 July 2027), so a year of registers exists
 * for every pupil. 50 signed-in users (senior leads, who may see every class) each open random
 * class pages as fast as answers come. Our columns are switched off and on again between rounds
 * through configuration only (each column's {@code mis.column.permission} set to a permission
 * nobody has, so the host leaves it out), never by stopping bundles. Rounds alternate with/without
 * so load from other work on the machine falls on both alike.
 * Last line: {@code classview: ratio=R ...}, the ratio being p99 with our columns over p99 without.
 */
public final class ClassViewBenchmark {
    private static final Pattern CLASS_LINK = Pattern.compile("href=\"/classes/([a-z0-9-]+)\"");
    private static final List<String> OUR_COLUMNS = List.of("org.thrivemis.web.internal.classview.StageColumn",
            "org.thrivemis.web.internal.classview.PlanColumn", "org.thrivemis.web.internal.classview.AttendanceColumn",
            "org.thrivemis.web.internal.column.ConsentColumn");

    private ClassViewBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int users = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int requestsPerRound = args.length > 1 ? Integer.parseInt(args[1]) : 1500;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int classesPerYearGroup = args.length > 3 ? Integer.parseInt(args[3]) : 477;
        int warmUpRounds = args.length > 4 ? Integer.parseInt(args[4]) : 8;
        Path work = Settings.workDir("bench-classview-" + System.nanoTime());
        Path etc = work.resolve("etc");
        Files.createDirectories(etc);
        // one school, as when the figures in the README were measured
        Files.writeString(etc.resolve("org.thrivemis.host.reference.cfg"), "classesPerYearGroup=" + classesPerYearGroup
                + "\nsecondSchoolClassesPerYearGroup=0\n");
        Files.writeString(etc.resolve("org.thrivemis.host.reference.clock.cfg"), "today=2027-07-09\n");
        try (ProductProcess product = ProductProcess.start(work, work.resolve("data"), Duration.ofMinutes(5), "-Xmx3g")) {
            String base = product.baseUrl();
            WebSession probe = new WebSession(base).signIn("senior");
            Await.until("the large school and the demo date", Duration.ofMinutes(3),
                    () -> probe.get("/classes").body().contains("Class 477"));
            List<String> classIds = classIds(probe.get("/classes").body());
            System.out.printf("school: %d classes (about %d pupils), today 9 July 2027%n", classIds.size(),
                    classIds.size() * 30);
            String sample = probe.get("/classes/" + classIds.get(0)).body();
            if (!sample.contains("Year: <strong>") || !sample.contains("Summer term 2027")) {
                throw new IllegalStateException("our attendance column does not show a year of registers: is the demo date"
                        + " applied? " + sample.substring(0, Math.min(2000, sample.length())));
            }
            List<WebSession> sessions = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                sessions.add(new WebSession(base).signIn("senior"));
            }
            System.out.printf("%d users signed in%n", users);
            // warm-up: whole rounds of each page, unmeasured, until the product's CPU time per page has settled
            // (the JIT compiles H2's, Jetty's and our paths for minutes on 2 cores): with a fifth of a round the
            // first measured round with our columns cost 2.5 times the CPU of the last; with two rounds of each,
            // CPU per page with our columns still fell round by round (3.95, 3.61, 3.19, 2.87 ms) while the
            // bare page's stayed at 1.8 ms; with four, it still fell through the measured rounds (2.83, 2.64,
            // 2.55, 2.50 ms); with eight it holds at 2.3-2.4 ms from the first measured round
            for (int w = 0; w < warmUpRounds; w++) {
                columns(etc, probe, classIds.get(0), false);
                run(sessions, classIds, requestsPerRound, new Random(1 + 2L * w));
                columns(etc, probe, classIds.get(0), true);
                run(sessions, classIds, requestsPerRound, new Random(2 + 2L * w));
            }
            System.out.printf("warmed up: %d rounds of %d pages without our columns and with%n", warmUpRounds,
                    requestsPerRound);
            List<Long> with = new ArrayList<>();
            List<Long> without = new ArrayList<>();
            // the product's CPU time per page (its threads, the garbage collector's included): unlike
            // latency under 50 users, it barely moves when other work shares the machine
            double cpuWith = 0;
            double cpuWithout = 0;
            Random random = new Random(42);
            for (int r = 1; r <= rounds; r++) {
                columns(etc, probe, classIds.get(0), true);
                long cpu0 = cpuMillis(product.pid());
                List<Long> w = run(sessions, classIds, requestsPerRound, random);
                long cpu1 = cpuMillis(product.pid());
                columns(etc, probe, classIds.get(0), false);
                long cpu2 = cpuMillis(product.pid());
                List<Long> wo = run(sessions, classIds, requestsPerRound, random);
                long cpu3 = cpuMillis(product.pid());
                with.addAll(w);
                without.addAll(wo);
                cpuWith += (cpu1 - cpu0) / (double) w.size();
                cpuWithout += (cpu3 - cpu2) / (double) wo.size();
                System.out.printf("round %d: with p50 %.1f ms p99 %.1f ms, %.2f ms CPU per page; without p50 %.1f ms"
                        + " p99 %.1f ms, %.2f ms CPU per page%n", r, pct(w, 50), pct(w, 99),
                        (cpu1 - cpu0) / (double) w.size(), pct(wo, 50), pct(wo, 99), (cpu3 - cpu2) / (double) wo.size());
            }
            columns(etc, probe, classIds.get(0), true);
            double ratio = pct(with, 99) / pct(without, 99);
            System.out.printf("classview: ratio=%.2f p50_with_ms=%.1f p99_with_ms=%.1f p50_without_ms=%.1f"
                    + " p99_without_ms=%.1f cpu_ms_per_page_with=%.2f cpu_ms_per_page_without=%.2f requests=%d users=%d"
                    + " classes=%d%n", ratio, pct(with, 50), pct(with, 99), pct(without, 50), pct(without, 99),
                    cpuWith / rounds, cpuWithout / rounds, with.size() + without.size(), users, classIds.size());
        }
    }

    /** Switches our columns on (no configuration) or off (a permission nobody holds) and waits for the page to agree. */
    private static void columns(Path etc, WebSession probe, String classId, boolean on) throws IOException {
        for (String pid : OUR_COLUMNS) {
            Path cfg = etc.resolve(pid + ".cfg");
            if (on) {
                Files.deleteIfExists(cfg);
            } else {
                Files.writeString(cfg, "mis.column.permission=benchmark.nobody\n");
            }
        }
        Await.until("our columns " + (on ? "on" : "off"), Duration.ofSeconds(60), () -> {
            String page = probe.get("/classes/" + classId).body();
            long ours = Pattern.compile("<th scope=\"col\" data-column-id=\"thrive-").matcher(page).results().count();
            return on ? ours == OUR_COLUMNS.size() : ours == 0;
        });
    }

    /** Every user opens random class pages until the round's requests are done; the latencies in ms×1000. */
    private static List<Long> run(List<WebSession> sessions, List<String> classIds, int requests, Random seeds)
            throws Exception {
        AtomicInteger left = new AtomicInteger(requests);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (WebSession s : sessions) {
                Random random = new Random(seeds.nextLong());
                done.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        String id = classIds.get(random.nextInt(classIds.size()));
                        long t0 = System.nanoTime();
                        HttpResponse<String> r = s.get("/classes/" + id);
                        long micros = (System.nanoTime() - t0) / 1000;
                        if (r.statusCode() != 200) {
                            throw new IllegalStateException("/classes/" + id + " answered " + r.statusCode());
                        }
                        latencies.add(micros);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return latencies;
    }

    /** The process's CPU time so far (user + system, every thread), from Linux's /proc. */
    private static long cpuMillis(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
        // fields after the command name in parentheses (which may hold spaces): utime is the 14th field, stime the 15th
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        return ticks * 1000 / CLOCK_TICKS_PER_SECOND;
    }

    /** USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK). */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private static double pct(List<Long> micros, int percentile) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1000.0;
    }

    private static List<String> classIds(String listPage) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = CLASS_LINK.matcher(listPage);
        while (m.find()) {
            ids.add(m.group(1));
        }
        if (ids.isEmpty()) {
            throw new UncheckedIOException(new IOException("no class links on /classes"));
        }
        return List.copyOf(ids);
    }
}

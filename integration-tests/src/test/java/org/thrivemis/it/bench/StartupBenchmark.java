package org.thrivemis.it.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * Benchmark `startup`: the product jar as the run command starts it. Cold start (empty data
 * directory: migrations run, sample school generated) and warm start (existing database) to the
 * first page served, and the heap in use after start and a full GC with the sample school loaded.
 * Ratio = median cold start / median warm start (what first-time set-up costs on top of a restart).
 * Run on demand: see the README (`<!-- bench:startup -->`); not part of the test command.
 */
public final class StartupBenchmark {
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    private StartupBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Settings.workDir("bench-startup");
        List<Long> cold = new ArrayList<>();
        List<Long> warm = new ArrayList<>();
        long heapKb = 0;
        for (int i = 0; i < rounds; i++) {
            Path data = work.resolve("data-" + System.nanoTime());
            try (ProductProcess p = ProductProcess.start(work, data)) {
                cold.add(p.startMillis());
            }
            try (ProductProcess p = ProductProcess.start(work, data)) {
                warm.add(p.startMillis());
                // A signed-in page so the sample school and the plugin are really in use.
                new WebSession(p.baseUrl()).signIn("office").get("/pupils");
                heapKb = Math.max(heapKb, heapAfterGcKb(p.pid()));
            }
            System.out.printf("round %d: cold %d ms, warm %d ms%n", i + 1, cold.get(i), warm.get(i));
        }
        long coldMedian = median(cold);
        long warmMedian = median(warm);
        System.out.printf("cold start to first page: median %d ms (min %d, max %d) over %d runs%n",
                coldMedian, Collections.min(cold), Collections.max(cold), rounds);
        System.out.printf("warm start to first page: median %d ms (min %d, max %d)%n",
                warmMedian, Collections.min(warm), Collections.max(warm));
        System.out.printf("heap used after start + full GC, sample school loaded: %.1f MiB%n", heapKb / 1024.0);
        System.out.printf("startup: ratio=%.2f cold_ms=%d warm_ms=%d heap_mib=%.1f%n",
                (double) coldMedian / warmMedian, coldMedian, warmMedian, heapKb / 1024.0);
    }

    private static long heapAfterGcKb(long pid) throws IOException, InterruptedException {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, String.valueOf(pid), "GC.run");
        String info = run(jcmd, String.valueOf(pid), "GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("could not read the heap from jcmd: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(30, TimeUnit.SECONDS);
        return out;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}

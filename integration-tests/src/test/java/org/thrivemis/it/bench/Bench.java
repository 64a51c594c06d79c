package org.thrivemis.it.bench;

import java.util.Arrays;

/** Entry point of the on-demand benchmarks: the first argument names one, the rest are its own. */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("name a benchmark: startup, sync, resync, sync-postgresql, sync-rest, classview, tabs, tabs-postgresql, import");
        }
        // -Dbench.args="50 1500 2 477" reaches us as one argument: split it as the README writes it
        String[] rest = Arrays.stream(args).skip(1).flatMap(a -> Arrays.stream(a.strip().split("\\s+")))
                .filter(a -> !a.isBlank()).toArray(String[]::new);
        switch (args[0]) {
            case "startup" -> StartupBenchmark.main(rest);
            case "sync", "resync", "sync-postgresql" -> SyncBenchmark.run(args[0], rest);
            case "sync-rest" -> RestSyncBenchmark.main(rest);
            case "classview" -> ClassViewBenchmark.main(rest);
            case "tabs" -> TabsBenchmark.run("tabs", false, rest);
            case "tabs-postgresql" -> TabsBenchmark.run("tabs-postgresql", true, rest);
            case "import" -> ImportBenchmark.main(rest);
            default -> throw new IllegalArgumentException("unknown benchmark '" + args[0]
                    + "'; known: startup, sync, resync, sync-postgresql, sync-rest, classview, tabs, tabs-postgresql, import");
        }
    }
}

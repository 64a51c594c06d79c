package org.thrivemis.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The exported product jar (what the README's run command starts) in a process of its own, on a
 * free loopback port with its own data directory: the real thing a school would run.
 */
public final class ProductProcess implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final long startedMillis;

    private ProductProcess(Process process, int port, Path log, long startedMillis) {
        this.process = process;
        this.port = port;
        this.log = log;
        this.startedMillis = startedMillis;
    }

    /** Starts the product with the data directory given and waits until the sign-in page is served. */
    public static ProductProcess start(Path workDir, Path dataDir, String... jvmArgs) {
        return start(workDir, dataDir, Duration.ofSeconds(90), jvmArgs);
    }

    /**
     * As {@link #start(Path, Path, String...)}, waiting up to {@code firstPage} for the sign-in page:
     * a very large generated sample school (benchmarks) takes minutes on a loaded machine.
     */
    public static ProductProcess start(Path workDir, Path dataDir, Duration firstPage, String... jvmArgs) {
        try {
            Files.createDirectories(workDir);
            int port = Ports.free();
            Path log = workDir.resolve("product-" + port + ".log");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(List.of(jvmArgs));
            // to profile the product under a benchmark, e.g. THRIVE_PRODUCT_JAVA_OPTS="-XX:StartFlightRecording=..."
            String extra = System.getenv("THRIVE_PRODUCT_JAVA_OPTS");
            if (extra != null && !extra.isBlank()) {
                cmd.addAll(List.of(extra.trim().split("\\s+")));
            }
            // As the README's run command starts it.
            cmd.add("-Djava.util.logging.config.file=" + Settings.productLogging());
            cmd.add("-Dorg.osgi.service.http.port=" + port);
            cmd.add("-Dthrive.data.dir=" + dataDir.toAbsolutePath());
            cmd.add("-jar");
            cmd.add(Settings.productJar().toString());
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ProductProcess product = new ProductProcess(p, port, log, 0);
            try {
                long served = product.awaitFirstPage(firstPage);
                product.awaitHealthy(Duration.ofSeconds(60));
                return new ProductProcess(p, port, log, (served - t0) / 1_000_000);
            } catch (RuntimeException | Error e) {
                // a product that did not come up in time must not outlive the test (it holds gigabytes)
                p.destroyForcibly();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long awaitFirstPage(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the product exited with " + process.exitValue() + "; its log:\n" + tail());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the product did not serve /login within " + timeout.toSeconds() + " s; its log:\n" + tail());
    }

    /** Waits for /system/health to say UP; fails with what it said and the log otherwise. */
    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/system/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                last = r.body();
                Thread.sleep(100);
            } catch (IOException e) {
                last = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("the product did not report UP within " + timeout.toSeconds() + " s: " + last
                + "\nits log:\n" + tail());
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Milliseconds from starting the JVM to the first page served. */
    public long startMillis() {
        return startedMillis;
    }

    public long pid() {
        return process.pid();
    }

    /** Whether the product's console output so far contains the text. */
    public boolean logContains(String text) {
        try {
            return Files.readString(log).contains(text);
        } catch (IOException e) {
            return false;
        }
    }

    /** The last lines of the product's console output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    /** Stops the product as an admin would (SIGTERM, the framework shuts down cleanly). */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.thrivemis.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: Debian's server binaries, a throwaway cluster in a temporary
 * directory, listening on a free loopback port, stopped when the JVM exits. PostgreSQL refuses to
 * run as root, so as root (CI) the cluster runs as the {@code postgres} user via runuser. Fails, never
 * skips, when the binaries are missing, saying how to install them. Also used by the integration
 * tests (this module publishes its tests as a test-jar).
 */
public final class PostgreSqlServer {
    private static final String USER = "thrive";
    private static PostgreSqlServer instance;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path bin;
    private final Path dataDir;
    private final int port;
    private final boolean root;

    private PostgreSqlServer(Path bin, Path dataDir, int port, boolean root) {
        this.bin = bin;
        this.dataDir = dataDir;
        this.port = port;
        this.root = root;
    }

    /** The server for this JVM, started on first use. */
    public static synchronized PostgreSqlServer get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "postgresql-stop"));
        }
        return instance;
    }

    /** A new, empty database on the server; returns its JDBC URL. */
    public String newDatabase() {
        String name = "thrive_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), USER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
        return url(name);
    }

    public String user() {
        return USER;
    }

    private String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgreSqlServer start() {
        Path bin = binaries().orElseThrow(() -> new AssertionError(
                "PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin: install them"
                        + " with `apt-get install -y postgresql` (the README's test command does this)"));
        boolean root = "root".equals(System.getProperty("user.name"));
        try {
            Path dataDir = Files.createTempDirectory("thrive-pg-");
            int port = freePort();
            if (root) {
                run(List.of("chown", "postgres:postgres", dataDir.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", dataDir.toString(), "-U", USER, "-A", "trust",
                    "-E", "UTF8", "--no-sync", "--locale=C"), root);
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-l", dataDir.resolve("server.log").toString(),
                    "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dataDir + " -c fsync=off -c full_page_writes=off",
                    "-w", "-t", "60", "start"), root);
            return new PostgreSqlServer(bin, dataDir, port, root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dataDir.toString(), "-m", "immediate", "-w", "stop"), root);
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("could not stop the test PostgreSQL in " + dataDir + ": " + e);
        }
    }

    private static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        try {
            if (!p.waitFor(90, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("`" + String.join(" ", full) + "` failed:\n" + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}

package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.store.internal.PostgreSqlServer;

/**
 * A trust's set-up: two product nodes configured (File Install, as an admin would) to share one
 * real PostgreSQL. Concurrent writes through both nodes all land, each node reads what the other
 * wrote, and the audit trail has the entries of both.
 */
class TwoNodesOnPostgreSqlIT {
    private static final String PUPIL = "P0042";
    private static final int PER_NODE = 10;

    private static String url;
    private static ProductProcess nodeA;
    private static ProductProcess nodeB;

    @BeforeAll
    static void start() throws Exception {
        url = PostgreSqlServer.get().newDatabase();
        Path work = Settings.workDir("two-nodes-" + System.nanoTime());
        nodeA = ProductProcess.start(configured(work.resolve("a")), work.resolve("a/data"));
        nodeB = ProductProcess.start(configured(work.resolve("b")), work.resolve("b/data"));
    }

    /** A node's working directory with etc/org.thrivemis.store.cfg pointing at the shared database. */
    private static Path configured(Path nodeDir) throws Exception {
        Path etc = Files.createDirectories(nodeDir.resolve("etc"));
        Files.writeString(etc.resolve("org.thrivemis.store.cfg"), String.join("\n",
                "url=" + url,
                "user=" + PostgreSqlServer.get().user(),
                "dataSourceFactory.target=(osgi.jdbc.driver.class=org.postgresql.Driver)",
                ""));
        return nodeDir;
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private static WebSession officeOn(ProductProcess node) {
        Await.until("the node to open the shared PostgreSQL database (configured in etc/)", Duration.ofSeconds(120),
                () -> node.logContains("Thrive store ready: PostgreSQL"));
        WebSession office = new WebSession(node.baseUrl()).signIn("office");
        // The consent form on the Thrive tab carries the CSRF token the JSON API wants in its header.
        assertEquals(200, office.get("/pupils/" + PUPIL + "?tab=thrive-profile").statusCode());
        return office;
    }

    @Test
    void concurrentWritesThroughBothNodesAllLandAndEachNodeSeesThem() throws Exception {
        WebSession a = officeOn(nodeA);
        WebSession b = officeOn(nodeB);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < PER_NODE; i++) {
            for (WebSession node : List.of(a, b)) {
                String name = (node == a ? "Node A parent " : "Node B parent ") + i;
                posts.add(pool.submit(() -> node.postJson("/api/v1/pupils/" + PUPIL + "/consents",
                        "{\"decision\":\"GIVEN\",\"scopes\":[\"INDIVIDUAL_ASSESSMENT\"],\"personName\":\"" + name
                                + "\",\"relationship\":\"PARENT\",\"decidedOn\":\"2026-11-02\",\"note\":\"\"}").statusCode()));
            }
        }
        for (Future<Integer> post : posts) {
            assertEquals(201, post.get());
        }
        pool.shutdown();

        for (WebSession node : List.of(a, b)) {
            HttpResponse<String> history = node.get("/api/v1/pupils/" + PUPIL + "/consents");
            assertEquals(200, history.statusCode());
            for (int i = 0; i < PER_NODE; i++) {
                assertTrue(history.body().contains("Node A parent " + i), "missing a record written through node A");
                assertTrue(history.body().contains("Node B parent " + i), "missing a record written through node B");
            }
        }
        try (Connection c = DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = 'consent.record' AND pupil_id = '" + PUPIL + "'")) {
            rs.next();
            assertEquals(2 * PER_NODE, rs.getInt(1), "one audit entry per write, from both nodes");
        }
    }
}

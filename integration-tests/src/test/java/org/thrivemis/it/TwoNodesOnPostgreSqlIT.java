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
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.it.support.ThriveApi;
import org.thrivemis.roster.rest.testserver.Fault;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;
import org.thrivemis.roster.rest.testserver.TestTrust;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.store.internal.PostgreSqlServer;

/**
 * A trust's set-up: two product nodes configured (File Install, as an admin would) to share one
 * real PostgreSQL. Concurrent writes through both nodes all land, each node reads what the other
 * wrote, and the audit trail has the entries of both; a stale edit through one node of what the
 * other just saved is refused (409) and loses nothing; a roster sync running on one node refuses
 * a sync of the same source on the other until it ends.
 */
class TwoNodesOnPostgreSqlIT {
    private static final String PUPIL = "P0042";
    private static final int PER_NODE = 10;

    private static final String SOURCE = "trust-rest";
    private static final Duration SLOW = Duration.ofSeconds(15);

    private static String url;
    private static OneRosterTestServer provider;
    private static ProductProcess nodeA;
    private static ProductProcess nodeB;

    @BeforeAll
    static void start() throws Exception {
        url = PostgreSqlServer.get().newDatabase();
        // the trust's OneRoster REST provider on loopback, shared by both nodes' configured source
        provider = new OneRosterTestServer(TestTrust.small());
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
        Files.writeString(etc.resolve("org.thrivemis.roster.rest-trust.cfg"), String.join("\n",
                "roster.source.id=" + SOURCE, "roster.source.label=Trust OneRoster provider",
                "baseUrl=" + provider.baseUrl("1.1"), "version=1.1",
                "auth=OAUTH1_HMAC_SHA256", "consumerKey=" + OneRosterTestServer.CONSUMER_KEY,
                ".consumerSecret=" + ascii(OneRosterTestServer.CONSUMER_SECRET), ""));
        return nodeDir;
    }

    /** A .cfg value in ASCII: File Install reads the file as ISO-8859-1, so other characters go as Unicode escapes. */
    private static String ascii(String value) {
        StringBuilder b = new StringBuilder();
        value.chars().forEach(c -> b.append(c < 127 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return b.toString();
    }

    @AfterAll
    static void stop() {
        if (nodeA != null) {
            nodeA.close();
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (provider != null) {
            provider.close();
        }
    }

    private static WebSession officeOn(ProductProcess node) {
        return on(node, "office");
    }

    private static WebSession on(ProductProcess node, String user) {
        Await.until("the node to open the shared PostgreSQL database (configured in etc/)", Duration.ofSeconds(120),
                () -> node.logContains("Thrive store ready: PostgreSQL"));
        WebSession office = new WebSession(node.baseUrl()).signIn(user);
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

    @Test
    void aSyncRunningOnOneNodeRefusesTheSameSourceOnTheOtherUntilItEnds() throws Exception {
        WebSession a = officeOn(nodeA);
        WebSession b = officeOn(nodeB);
        for (WebSession node : List.of(a, b)) {
            Await.until("the REST source from etc/ to be listed", Duration.ofSeconds(60),
                    () -> node.get(ROSTER).body().contains("Trust OneRoster provider"));
        }
        // the provider stalls the first request it gets: node A's run stays RUNNING that long
        provider.inject("orgs", Fault.delay(SLOW));

        long runA = startedRun(a.postForm(ROSTER, Map.of("source", SOURCE)));
        assertEquals("RUNNING", status(runA), "the provider is slow: node A's run is still running");

        b.get(ROSTER);
        HttpResponse<String> refused = b.postForm(ROSTER, Map.of("source", SOURCE));
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("already running (run " + runA + ")"),
                "node B's page names the run on node A: " + refused.body());
        assertEquals(1, runsOf(SOURCE), "the refused start recorded no run");

        Await.until("node A's run to finish", Duration.ofSeconds(120), () -> !status(runA).equals("RUNNING"));
        assertEquals("APPLIED", status(runA));
        b.get(ROSTER);
        long runB = startedRun(b.postForm(ROSTER, Map.of("source", SOURCE)));
        Await.until("node B's run to finish", Duration.ofSeconds(120), () -> !status(runB).equals("RUNNING"));
        assertEquals("APPLIED", status(runB), "once node A's run ended, node B syncs the source");
    }

    @Test
    void aStaleEditThroughOneNodeOfWhatTheOtherSavedIsRefusedAndNothingIsLost() throws Exception {
        WebSession practitionerA = on(nodeA, "practitioner");
        WebSession seniorB = on(nodeB, "senior");
        String pupil = ThriveApi.pupilsIn(practitionerA.get("/pupils").body()).stream()
                .filter(p -> !p.equals(PUPIL)).findFirst().orElseThrow();
        ThriveApi.giveConsent(practitionerA, pupil, "INDIVIDUAL_ASSESSMENT");
        JsonNode draft = ThriveApi.draft(practitionerA, pupil);
        String profile = "/api/v1/profiles/" + draft.get("id").asLong();

        // both opened version 1; each node saves a different gap at the same moment
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<HttpResponse<String>> viaA = pool.submit(() -> practitionerA.sendJson("PUT", profile,
                ThriveApi.levelsBody(draft, "being-02"), Map.of("If-Match", "\"1\"")));
        Future<HttpResponse<String>> viaB = pool.submit(() -> seniorB.sendJson("PUT", profile,
                ThriveApi.levelsBody(draft, "being-03"), Map.of("If-Match", "\"1\"")));
        HttpResponse<String> a = viaA.get();
        HttpResponse<String> b = viaB.get();
        pool.shutdown();

        List<Integer> statuses = List.of(a.statusCode(), b.statusCode());
        assertTrue(statuses.contains(200) && statuses.contains(409),
                "exactly one save wins and the other is a conflict: " + statuses + "\n" + a.body() + "\n" + b.body());
        boolean aWon = a.statusCode() == 200;
        HttpResponse<String> conflict = aWon ? b : a;
        WebSession loser = aWon ? seniorB : practitionerA;
        String winnerGap = aWon ? "being-02" : "being-03";
        String loserGap = aWon ? "being-03" : "being-02";
        JsonNode why = ThriveApi.json(conflict);
        assertEquals(2, why.get("currentVersion").asLong(), conflict.body());
        assertTrue(why.get("changedBy").asText().length() > 0, "the conflict says who saved: " + conflict.body());

        // the winner's save stands, read through the other node
        JsonNode stored = ThriveApi.json(ThriveApi.expect(200, loser.sendJson("GET", profile, null, Map.of())));
        assertEquals(2, stored.get("version").asLong(), stored.toString());
        assertTrue(gaps(stored).contains(winnerGap) && !gaps(stored).contains(loserGap),
                "the winner's levels are stored, not the stale ones: " + stored);
        // the loser saves again from the version it was shown: nothing is lost
        ThriveApi.expect(200, loser.sendJson("PUT", profile, ThriveApi.levelsBody(draft, loserGap),
                Map.of("If-Match", "\"2\"")));
        JsonNode after = ThriveApi.json(ThriveApi.expect(200, (aWon ? practitionerA : seniorB)
                .sendJson("GET", profile, null, Map.of())));
        assertEquals(3, after.get("version").asLong(), after.toString());
        assertTrue(gaps(after).contains(loserGap), after.toString());

        try (Connection c = DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
                ResultSet rs = c.createStatement().executeQuery("SELECT actor_id, COUNT(*) FROM audit_entry"
                        + " WHERE action = 'profile.write' AND pupil_id = '" + pupil + "' AND outcome = 'ALLOWED'"
                        + " GROUP BY actor_id ORDER BY actor_id")) {
            Map<String, Integer> byActor = new java.util.TreeMap<>();
            while (rs.next()) {
                byActor.put(rs.getString(1), rs.getInt(2));
            }
            // practitioner (node A): the draft and a save; senior (node B): a save
            assertEquals(2, byActor.size(), "audit entries from both nodes' users: " + byActor);
            assertEquals(3, byActor.values().stream().mapToInt(Integer::intValue).sum(),
                    "the draft and the two saves that landed are audited, the refused save changed nothing: " + byActor);
        }
    }

    private static final String ROSTER = "/thrive/admin/roster";
    private static final Pattern STARTED = Pattern.compile("[?&]started=(\\d+)");

    /** The run id from the redirect a started sync answers with. */
    private static long startedRun(HttpResponse<String> r) {
        assertEquals(3, r.statusCode() / 100, "the sync starts (a redirect to its progress): " + r.statusCode()
                + " " + r.body());
        Matcher m = STARTED.matcher(r.headers().firstValue("Location").orElse(""));
        assertTrue(m.find(), "redirected to the run's progress: " + r.headers().map());
        return Long.parseLong(m.group(1));
    }

    private static String status(long runId) {
        return query("SELECT status FROM sync_run WHERE id = " + runId);
    }

    private static int runsOf(String source) {
        return Integer.parseInt(query("SELECT COUNT(*) FROM sync_run WHERE source = '" + source + "'"));
    }

    private static String query(String sql) {
        try (Connection c = DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
                ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : "";
        } catch (java.sql.SQLException e) {
            throw new AssertionError(sql, e);
        }
    }

    /** The statement ids the profile lists as gaps. */
    private static List<String> gaps(JsonNode profile) {
        List<String> gaps = new ArrayList<>();
        profile.get("result").get("strands").forEach(st -> st.get("gaps").forEach(g -> gaps.add(g.asText())));
        return gaps;
    }
}

package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * Installing this version over the previous release: the product jar starts on a database that
 * version 0.1.0 wrote (fixture under {@code upgrade/}, made through that version's own API), the
 * schema migrates, every record the old version served comes back with the same values, nothing in
 * any old table is lost, and the migrated database takes new writes.
 */
class UpgradeFromPreviousReleaseIT {

    private static final String FIXTURE = "/upgrade/thrive-0.1.0.h2.sql";
    private static final String RECORDS = "/upgrade/records-0.1.0.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void version010DataSurvivesTheUpgradeAndTheSchemaMigrates() throws Exception {
        Path work = Settings.workDir("upgrade-it");
        Path data = work.resolve("data-" + System.nanoTime());
        String url = "jdbc:h2:file:" + data.resolve("thrive").toAbsolutePath();
        try (InputStream in = getClass().getResourceAsStream(FIXTURE);
                Reader script = new InputStreamReader(in, StandardCharsets.UTF_8);
                Connection c = DriverManager.getConnection(url, "", "")) {
            RunScript.execute(c, script);
        }
        Map<String, Long> before = rowCounts(url);
        Set<String> changeSetsBefore = changeSets(url);
        assertTrue(before.getOrDefault("CONSENT_RECORD", 0L) >= 9 && before.getOrDefault("ROSTER_PUPIL", 0L) >= 421,
                "the fixture holds the 0.1.0 records: " + before);

        JsonNode expected;
        try (InputStream in = getClass().getResourceAsStream(RECORDS)) {
            expected = JSON.readTree(in);
        }
        try (ProductProcess product = ProductProcess.start(work, data)) {
            WebSession senior = new WebSession(product.baseUrl()).signIn("senior");
            for (Iterator<String> pupils = expected.fieldNames(); pupils.hasNext();) {
                String pupil = pupils.next();
                for (String kind : List.of("consents", "profiles", "plans")) {
                    HttpResponse<String> answer = senior.get("/api/v1/pupils/" + pupil + "/" + kind);
                    assertEquals(200, answer.statusCode(), pupil + " " + kind + ": " + answer.body());
                    List<String> differences = new ArrayList<>();
                    contains(expected.get(pupil).get(kind), JSON.readTree(answer.body()), pupil + "." + kind, differences);
                    assertTrue(differences.isEmpty(), "after the upgrade these 0.1.0 values differ: " + differences);
                }
            }
            WebSession office = new WebSession(product.baseUrl()).signIn("office");
            office.get("/pupils/P0009?tab=thrive-profile");
            HttpResponse<String> recorded = office.postJson("/api/v1/pupils/P0009/consents",
                    "{\"decision\":\"GIVEN\",\"scopes\":[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"],\"personName\":\"Sam Patel\","
                            + "\"relationship\":\"PARENT\",\"decidedOn\":\"2026-11-02\",\"note\":\"after the upgrade\"}");
            assertEquals(201, recorded.statusCode(), "the migrated database takes new records: " + recorded.body());
        }

        Map<String, Long> after = rowCounts(url);
        for (Map.Entry<String, Long> table : before.entrySet()) {
            long now = after.getOrDefault(table.getKey(), -1L);
            assertTrue(now >= table.getValue(), table.getKey() + " had " + table.getValue() + " rows before the upgrade, "
                    + now + " after");
        }
        Set<String> changeSetsAfter = changeSets(url);
        assertTrue(changeSetsAfter.containsAll(changeSetsBefore), "every 0.1.0 change set is still recorded as applied");
    }

    /** Every field of {@code expected} is in {@code actual} with the same value; actual may have more. */
    private static void contains(JsonNode expected, JsonNode actual, String path, List<String> differences) {
        if (actual == null || actual.isMissingNode()) {
            differences.add(path + " is missing (was " + expected + ")");
        } else if (expected.isObject()) {
            expected.fields().forEachRemaining(f -> contains(f.getValue(), actual.get(f.getKey()), path + "." + f.getKey(),
                    differences));
        } else if (expected.isArray()) {
            if (actual.size() != expected.size()) {
                differences.add(path + " had " + expected.size() + " items, now " + actual.size());
                return;
            }
            for (int i = 0; i < expected.size(); i++) {
                contains(expected.get(i), actual.get(i), path + "[" + i + "]", differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add(path + " was " + expected + ", now " + actual);
        }
    }

    private static Map<String, Long> rowCounts(String url) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, "", "")) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            try (Statement s = c.createStatement()) {
                for (String table : tables) {
                    try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table + "\"")) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
        }
        counts.remove("DATABASECHANGELOGLOCK");
        return counts;
    }

    private static Set<String> changeSets(String url) throws SQLException {
        Set<String> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection(url, "", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT ID, AUTHOR, FILENAME FROM DATABASECHANGELOG")) {
            while (rs.next()) {
                ids.add(rs.getString(3) + "::" + rs.getString(1) + "::" + rs.getString(2));
            }
        }
        return ids;
    }
}

package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * The Data protection pages and the subject access API on the product jar, over real HTTP: an admin
 * exports a pupil's record (JSON and printable page), erases it through the confirmation step, sees
 * the retention dry run; other roles are refused. Also: a OneRoster REST secret configured in an
 * {@code etc/*.cfg} file never appears on an admin page or in the product's log, even when a sync
 * with it fails.
 */
class DataProtectionPagesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PUPIL_LINK = Pattern.compile("href=\"/pupils/([^\"?/]+)\"");
    private static final Pattern HEADING = Pattern.compile("<h2 class=\"govuk-heading-m\" id=\"pupil-heading\">([^<]+)</h2>");
    private static final String SECRET = "it-secret-" + UUID.randomUUID();
    private static ProductProcess product;

    @BeforeAll
    static void start() throws IOException {
        Path work = Settings.workDir("dataprotection-pages-it-" + System.nanoTime());
        Path etc = Files.createDirectories(work.resolve("etc"));
        // a provider that is not there: the sync fails, and its failure must not carry the secret
        Files.writeString(etc.resolve("org.thrivemis.roster.rest-itsecret.cfg"), String.join("\n",
                "roster.source.id=it-rest", "roster.source.label=Secret test provider",
                "baseUrl=http://127.0.0.1:" + Ports.free() + "/ims/oneroster/v1p1", "consumerKey=it-key",
                ".consumerSecret=" + SECRET, "maxRetries=0", ""));
        product = ProductProcess.start(work, work.resolve("data"));
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void anAdminExportsThenErasesAPupilThroughTheConfirmationStep() {
        WebSession practitioner = session("practitioner");
        String pupil = firstPupil(practitioner);
        expect(201, practitioner.postJson("/api/v1/pupils/" + pupil + "/consents", "{\"decision\":\"GIVEN\","
                + "\"scopes\":[\"INDIVIDUAL_ASSESSMENT\"],\"personName\":\"Petra Parentson\",\"relationship\":\"PARENT\","
                + "\"decidedOn\":\"" + LocalDate.now().minusDays(2) + "\",\"note\":\"\"}"));
        WebSession admin = session("admin");

        String home = expect(200, admin.get("/thrive/data-protection?pupil=" + pupil)).body();
        Matcher heading = HEADING.matcher(home);
        assertTrue(heading.find(), home);
        String name = heading.group(1);
        JsonNode exported = json(expect(200, admin.get("/api/v1/pupils/" + pupil + "/subject-access")));
        assertEquals("Petra Parentson", exported.get("consents").get(0).get("personName").asText());
        assertTrue(exported.get("accesses").size() >= 1, "who recorded the consent is in the audit: " + exported);
        String printable = expect(200, admin.get("/thrive/data-protection/subject-access?pupil=" + pupil)).body();
        assertTrue(printable.contains("Petra Parentson") && printable.contains("Thrive record of " + name), printable);

        Map<String, String> form = new LinkedHashMap<>();
        form.put("pupil", pupil);
        form.put("reference", "DPO-IT-7");
        form.put("requester", "PARENT_OR_CARER");
        form.put("ground", "CONSENT_WITHDRAWN");
        form.put("receivedOn-day", String.valueOf(LocalDate.now().getDayOfMonth()));
        form.put("receivedOn-month", String.valueOf(LocalDate.now().getMonthValue()));
        form.put("receivedOn-year", String.valueOf(LocalDate.now().getYear()));
        String confirm = expect(200, admin.postForm("/thrive/data-protection/erase", form)).body();
        assertTrue(confirm.contains("Erase all Thrive data of " + name + "?"), confirm);
        assertEquals(1, json(admin.get("/api/v1/pupils/" + pupil + "/subject-access")).get("consents").size(),
                "nothing is erased before the confirmation");
        admin.get("/thrive/data-protection?pupil=" + pupil);
        form.put("confirmReference", "DPO-IT-8");
        assertTrue(expect(400, admin.postForm("/thrive/data-protection/erase", form)).body()
                .contains("Type the request reference exactly as above"));
        form.put("confirmReference", "DPO-IT-7");
        String done = expect(200, admin.postForm("/thrive/data-protection/erase", form)).body();

        assertTrue(done.contains("Erasure done") && done.contains("consent_record"), done);
        JsonNode after = json(expect(200, admin.get("/api/v1/pupils/" + pupil + "/subject-access")));
        assertEquals(0, after.get("consents").size());
        assertEquals(0, after.get("accesses").size(), "earlier audit entries are no longer about the pupil: " + after);
        String audit = expect(200, admin.get("/thrive/audit?pupil=")).body();
        assertTrue(audit.contains("erasure under request DPO-IT-7"), audit);
    }

    @Test
    void otherRolesAreRefusedAndAReferenceNamingThePupilIsRefused() {
        WebSession teacher = session("teacher");
        String pupil = firstPupil(teacher);
        assertEquals(403, teacher.get("/thrive/data-protection").statusCode());
        assertEquals(403, teacher.get("/api/v1/pupils/" + pupil + "/subject-access").statusCode());
        WebSession senior = session("senior");
        assertEquals(200, senior.get("/api/v1/pupils/" + pupil + "/subject-access").statusCode());

        WebSession admin = session("admin");
        String home = admin.get("/thrive/data-protection?pupil=" + pupil).body();
        Matcher heading = HEADING.matcher(home);
        assertTrue(heading.find());
        String family = heading.group(1).substring(heading.group(1).lastIndexOf(' ') + 1);
        Map<String, String> form = new LinkedHashMap<>(Map.of("pupil", pupil, "reference", "DPO-" + family,
                "requester", "PUPIL", "ground", "OBJECTION", "receivedOn-day", "2", "receivedOn-month", "11",
                "receivedOn-year", "2026", "confirmReference", "DPO-" + family));
        String refused = expect(400, admin.postForm("/thrive/data-protection/erase", form)).body();
        assertTrue(refused.contains("must not contain the pupil"), refused);
    }

    @Test
    void theRetentionDryRunChangesNothingAndTheRunNeedsTheConfirmation() {
        WebSession admin = session("admin");
        String dryRun = expect(200, admin.get("/thrive/data-protection/retention")).body();
        assertTrue(dryRun.contains("This is a dry run") && dryRun.contains("archive anonymously"), dryRun);
        assertEquals(403, session("teacher").get("/thrive/data-protection/retention").statusCode());
        String unconfirmed = expect(400, admin.postForm("/thrive/data-protection/retention", Map.of())).body();
        assertTrue(unconfirmed.contains("Tick the box"), unconfirmed);
        // the run goes on in the background: post, redirect to the page that follows it, get
        HttpResponse<String> started = admin.postForm("/thrive/data-protection/retention", Map.of("confirm", "yes"));
        assertEquals(303, started.statusCode(), started.body());
        String follow = started.headers().firstValue("Location").orElseThrow();
        assertTrue(follow.endsWith("/thrive/data-protection/retention?started=1"), follow);
        Await.until("the retention run to end", Duration.ofSeconds(30),
                () -> !admin.get("/thrive/data-protection/retention?started=1").body().contains("http-equiv=\"refresh\""));
        String run = expect(200, admin.get("/thrive/data-protection/retention?started=1")).body();
        assertTrue(run.contains("Retention policy applied to 0 pupils"), run);
        assertTrue(run.replaceAll("\\s+", " ").contains("Last run on this server: 0 of 0 pupils done, started by"), run);
    }

    @Test
    void aConfiguredSecretNeverAppearsOnAdminPagesOrInTheLog() {
        WebSession admin = session("admin");
        Await.until("the REST source from etc/ to be listed", Duration.ofSeconds(30),
                () -> admin.get("/thrive/admin/roster").body().contains("Secret test provider"));
        admin.get("/thrive/admin/roster");
        HttpResponse<String> started = admin.postForm("/thrive/admin/roster", Map.of("source", "it-rest"));
        assertEquals(303 / 100, started.statusCode() / 100, started.body());
        Await.until("the failing sync to finish", Duration.ofSeconds(60),
                () -> !admin.get("/thrive/admin/roster").body().contains("govuk-tag--blue\">Running"));

        for (String page : List.of("/admin", "/thrive/admin/roster", "/thrive/data-protection", "/thrive/audit")) {
            assertFalse(admin.get(page).body().contains(SECRET), page + " shows the secret");
        }
        assertFalse(product.logContains(SECRET), "the product's log holds the secret:\n" + product.tail());
    }

    private static String firstPupil(WebSession s) {
        Matcher m = PUPIL_LINK.matcher(s.get("/pupils").body());
        assertTrue(m.find(), "the pupil list links pupils");
        return m.group(1);
    }

    private static WebSession session(String user) {
        WebSession s = new WebSession(product.baseUrl()).signIn(user);
        s.get("/pupils"); // a page with the sign-out form: the session's CSRF token
        return s;
    }

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + r.body(), e);
        }
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> r) {
        assertEquals(status, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return r;
    }
}

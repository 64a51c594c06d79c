package org.thrivemis.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.it.support.ThriveApi.expect;
import static org.thrivemis.it.support.ThriveApi.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.thrivemis.it.support.ProductProcess;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.ThriveApi;
import org.thrivemis.it.support.WebSession;

/**
 * One installation serving a trust, on the product jar over real HTTP: the reference host's two
 * schools (Hawthorn, Elmfield). A senior lead of Hawthorn sees Hawthorn's pupils and is refused
 * (403) Elmfield's pupil record, class register, JSON API and subject access export, every refusal
 * of Thrive data on the audit trail; the trust-wide lead sees both schools.
 */
class MultiSchoolIT {
    private static ProductProcess product;
    private static WebSession senior;
    private static WebSession elmSenior;
    private static WebSession trust;
    private static String hawthornPupil;
    private static String elmfieldPupil;

    @BeforeAll
    static void start() {
        Path work = Settings.workDir("multi-school-it");
        product = ProductProcess.start(work, work.resolve("data-" + System.nanoTime()));
        senior = ThriveApi.session(product, "senior");
        elmSenior = ThriveApi.session(product, "elm-senior");
        trust = ThriveApi.session(product, "trust");
        hawthornPupil = ThriveApi.pupilsIn(senior.get(ThriveApi.TEACHERS_CLASS).body()).iterator().next();
        elmfieldPupil = ThriveApi.pupilsIn(elmSenior.get("/classes/elm-year-3-oak").body()).iterator().next();
        // each school's senior lead records consent and a profile for a pupil of their own school
        ThriveApi.giveConsent(senior, hawthornPupil, "INDIVIDUAL_ASSESSMENT", "ACTION_PLAN");
        ThriveApi.completedProfile(senior, hawthornPupil);
        ThriveApi.giveConsent(elmSenior, elmfieldPupil, "INDIVIDUAL_ASSESSMENT", "ACTION_PLAN");
        ThriveApi.completedProfile(elmSenior, elmfieldPupil);
    }

    @AfterAll
    static void stop() {
        if (product != null) {
            product.close();
        }
    }

    @Test
    void eachSchoolsStaffListOnlyTheirSchoolsPupilsAndClasses() {
        Set<String> hawthorn = ThriveApi.pupilsIn(expect(200, senior.get("/pupils")).body());
        Set<String> elmfield = ThriveApi.pupilsIn(expect(200, elmSenior.get("/pupils")).body());
        assertFalse(hawthorn.isEmpty());
        assertFalse(elmfield.isEmpty());
        assertTrue(hawthorn.stream().noneMatch(id -> id.startsWith("elm-")), "Hawthorn's list: " + hawthorn);
        assertTrue(elmfield.stream().allMatch(id -> id.startsWith("elm-")), "Elmfield's list: " + elmfield);

        String classes = expect(200, senior.get("/classes")).body();
        assertTrue(classes.contains("/classes/year-3-oak"), classes);
        assertFalse(classes.contains("/classes/elm-"), "Hawthorn's class list shows Elmfield's classes");
        assertFalse(classes.contains("id=\"school\""), "one school: no school filter");

        String all = expect(200, trust.get("/classes")).body();
        assertTrue(all.contains("/classes/year-3-oak") && all.contains("/classes/elm-year-3-oak"), all);
        assertTrue(all.contains("id=\"school\""), "the trust-wide lead filters classes by school");
        String onlyElmfield = expect(200, trust.get("/classes?school=elmfield")).body();
        assertTrue(onlyElmfield.contains("/classes/elm-year-3-oak"), onlyElmfield);
        assertFalse(onlyElmfield.contains("/classes/year-3-oak\""), "the filter keeps to Elmfield");
    }

    @Test
    void anotherSchoolsPupilTabAndClassPageAre403() {
        for (String path : List.of("/pupils/" + elmfieldPupil, "/pupils/" + elmfieldPupil + "?tab=thrive-profile",
                "/pupils/" + elmfieldPupil + "?tab=thrive-action-plan", "/classes/elm-year-3-oak")) {
            assertEquals(403, senior.get(path).statusCode(), "Hawthorn's senior lead: " + path);
            assertEquals(200, trust.get(path).statusCode(), "the trust-wide lead: " + path);
        }
        assertEquals(403, elmSenior.get("/pupils/" + hawthornPupil + "?tab=thrive-profile").statusCode());
        assertEquals(403, elmSenior.get(ThriveApi.TEACHERS_CLASS).statusCode());
        String tab = expect(200, senior.get("/pupils/" + hawthornPupil + "?tab=thrive-profile")).body();
        assertTrue(tab.contains("Completed"), "the own school's pupil tab works: " + tab.length() + " chars");
    }

    @Test
    void theApiAndExportsRefuseAnotherSchoolsPupilAndTheRefusalsAreAudited() {
        List<String> wrong = new ArrayList<>();
        List<String> paths = List.of("/consents", "/profiles", "/plans", "/subject-access");
        for (String p : paths) {
            String other = "/api/v1/pupils/" + elmfieldPupil + p;
            int refused = senior.sendJson("GET", other, null, Map.of()).statusCode();
            if (refused != 403) {
                wrong.add("Hawthorn's senior lead GET " + other + ": " + refused + ", expected 403");
            }
            int own = senior.sendJson("GET", "/api/v1/pupils/" + hawthornPupil + p, null, Map.of()).statusCode();
            if (own != 200) {
                wrong.add("Hawthorn's senior lead GET own pupil " + p + ": " + own);
            }
            for (String pupil : List.of(hawthornPupil, elmfieldPupil)) {
                int both = trust.sendJson("GET", "/api/v1/pupils/" + pupil + p, null, Map.of()).statusCode();
                if (both != 200) {
                    wrong.add("trust-wide lead GET " + pupil + p + ": " + both);
                }
            }
        }
        int printable = senior.get("/thrive/data-protection/subject-access?pupil=" + elmfieldPupil).statusCode();
        if (printable != 403) {
            wrong.add("printable subject access of Elmfield's pupil for Hawthorn: " + printable);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));

        JsonNode entries = json(expect(200, trust.sendJson("GET", "/api/v1/audit?pupil=" + elmfieldPupil
                + "&staff=S004&limit=200", null, Map.of()))).get("entries");
        Set<String> denied = new TreeSet<>();
        for (JsonNode e : entries) {
            if ("DENIED".equals(e.get("outcome").asText())) {
                denied.add(e.get("action").asText());
            }
        }
        assertTrue(denied.containsAll(Set.of("consent.read", "profile.read", "plan.read",
                "dataprotection.subject-access")), "Hawthorn's refused reads on Elmfield's pupil's trail: " + denied);
    }

    @Test
    void theDataProtectionPageDoesNotNameAnotherSchoolsPupil() {
        String trustPage = expect(200, trust.get("/thrive/data-protection?pupil=" + elmfieldPupil)).body();
        Matcher heading = Pattern.compile(
                "<h2 class=\"govuk-heading-m\" id=\"pupil-heading\">([^<]+)</h2>")
                .matcher(trustPage);
        assertTrue(heading.find(), trustPage);
        String name = heading.group(1);
        String refused = senior.get("/thrive/data-protection?pupil=" + elmfieldPupil).body();
        assertEquals(403, senior.get("/thrive/data-protection?pupil=" + elmfieldPupil).statusCode());
        assertTrue(refused.contains("school your MIS role does not cover"), refused);
        assertFalse(refused.contains(name), "Hawthorn's senior lead is not shown the name " + name);
    }

    @Test
    void theAuditSearchKeepsToTheSearchersSchools() {
        assertEquals(403, senior.sendJson("GET", "/api/v1/audit?pupil=" + elmfieldPupil + "&limit=5", null, Map.of())
                .statusCode(), "naming another school's pupil");
        JsonNode mine = json(expect(200, senior.sendJson("GET", "/api/v1/audit?limit=500", null, Map.of())))
                .get("entries");
        for (JsonNode e : mine) {
            assertFalse(e.get("pupilId").asText().startsWith("elm-"), "Hawthorn's search shows " + e);
        }
        JsonNode all = json(expect(200, trust.sendJson("GET", "/api/v1/audit?limit=500", null, Map.of())))
                .get("entries");
        boolean both = false;
        boolean elm = false;
        for (JsonNode e : all) {
            both |= e.get("pupilId").asText().equals(hawthornPupil);
            elm |= e.get("pupilId").asText().equals(elmfieldPupil);
        }
        assertTrue(both && elm, "the trust-wide lead's search covers both schools");
    }

    @Test
    void theImpactEvaluationIsPerSchoolForTheTrust() {
        String trustPage = expect(200, trust.get("/thrive/impact")).body();
        assertTrue(trustPage.contains("All your schools"), "a row for the trust's schools together");
        assertTrue(trustPage.contains("Hawthorn Primary School") && trustPage.contains("Elmfield Primary School"),
                "a row (and filter option) per school");
        assertTrue(trustPage.contains("id=\"school\""), "a school filter");
        String elmCsv = expect(200, trust.get("/thrive/impact.csv?school=elmfield")).body();
        assertTrue(elmCsv.contains("Elmfield Primary School"), elmCsv);
        assertFalse(elmCsv.contains("Hawthorn"), elmCsv);
        String hawthornPage = expect(200, senior.get("/thrive/impact")).body();
        assertTrue(hawthornPage.contains("Whole school"), "one school: as before");
        assertFalse(hawthornPage.contains("Elmfield"), "Hawthorn's senior lead sees nothing of Elmfield");
    }

    @Test
    void theSignInPageListsEachSchoolsAccountsAndTheTrustWideOne() {
        String login = expect(200, ThriveApi.signedOut(product).get("/login")).body();
        for (String user : List.of("senior", "elm-office", "elm-teacher", "elm-senior", "trust")) {
            assertTrue(login.contains(">" + user + "<"), "demo account " + user + " listed on /login");
        }
    }
}

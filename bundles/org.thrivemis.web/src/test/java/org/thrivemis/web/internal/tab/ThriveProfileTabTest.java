package org.thrivemis.web.internal.tab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;
import static org.thrivemis.web.internal.Fixtures.pupil;
import static org.thrivemis.web.internal.Fixtures.record;
import static org.thrivemis.web.internal.Fixtures.viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.web.internal.FakeConsentService;

class ThriveProfileTabTest {

    private static final String TAB_URL = "/pupils/p1?tab=thrive-profile";
    private static final String TOKEN = "csrf-token-123";

    private final FakeConsentService consents = new FakeConsentService();
    private final ThriveProfileTab tab = new ThriveProfileTab(consents, ROLES);

    private static TabRequest request(Map<String, List<String>> parameters, String... roles) {
        return new TabRequest(viewer(roles), pupil("p1"), parameters, TOKEN, TAB_URL, Locale.UK);
    }

    private static TabRequest request(String... roles) {
        return request(Map.of(), roles);
    }

    private void givenStatus(Map<ConsentScope, ConsentState> states, org.thrivemis.api.consent.ConsentRecord... history) {
        consents.statuses.put("p1", new ConsentStatus("p1", states, List.of(history)));
    }

    @Test
    void isLabelledThriveAndShownToEveryThriveRoleButAdministratorsAlone() {
        assertEquals("Thrive", tab.label(Locale.UK));
        assertTrue(tab.isVisible(viewer("teacher"), pupil("p1")));
        assertTrue(tab.isVisible(viewer("office"), pupil("p1")));
        assertTrue(tab.isVisible(viewer("admin", "senior_lead"), pupil("p1")));
        assertFalse(tab.isVisible(viewer("admin"), pupil("p1")), "ADMIN gives no pupil data");
        assertFalse(tab.isVisible(viewer(), pupil("p1")));
    }

    @Test
    void showsTheStatePerScopeAsColouredTags() {
        givenStatus(Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.GIVEN));
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("Parental consent"));
        assertTrue(html.contains("govuk-summary-list"));
        assertTrue(html.contains("<dt class=\"govuk-summary-list__key\">Individual Thrive profiles</dt>"));
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--green\">Given</strong>"));
        assertTrue(html.contains("<dt class=\"govuk-summary-list__key\">Action plans and home activities</dt>"));
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--grey\">Not recorded</strong>"));
        assertFalse(html.contains("govuk-warning-text"), "nothing withdrawn");
    }

    @Test
    void warnsWhileConsentIsWithdrawnWithTheDateOfTheWithdrawal() {
        givenStatus(Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.WITHDRAWN, ConsentScope.ACTION_PLAN,
                ConsentState.WITHDRAWN),
                record(2, ConsentDecision.WITHDRAWN, LocalDate.of(2026, 3, 3), "Jo Lovelace",
                        ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN),
                record(1, ConsentDecision.GIVEN, LocalDate.of(2025, 9, 10), "Jo Lovelace", ConsentScope.INDIVIDUAL_ASSESSMENT));
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--red\">Withdrawn</strong>"));
        assertTrue(html.contains("govuk-warning-text"));
        assertTrue(html.contains("Consent withdrawn on 3 March 2026: new individual assessments and action plans are blocked"),
                html);
    }

    @Test
    void theWarningNamesOnlyTheWorkThatIsBlocked() {
        givenStatus(Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.GIVEN, ConsentScope.ACTION_PLAN,
                ConsentState.WITHDRAWN),
                record(2, ConsentDecision.WITHDRAWN, LocalDate.of(2026, 4, 1), "Jo Lovelace", ConsentScope.ACTION_PLAN));
        assertTrue(tab.render(request("teacher")).contains("Consent withdrawn on 1 April 2026: new action plans are blocked"));
    }

    @Test
    void listsTheHistoryInUkFormat() {
        givenStatus(Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.GIVEN),
                record(1, ConsentDecision.GIVEN, LocalDate.of(2026, 3, 27), "Jo Lovelace",
                        ConsentScope.ACTION_PLAN, ConsentScope.INDIVIDUAL_ASSESSMENT));
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("govuk-table"));
        for (String header : List.of("Date decided", "Decision", "Covers", "Person (relationship)", "Recorded by",
                "Recorded at", "Note")) {
            assertTrue(html.contains("<th scope=\"col\" class=\"govuk-table__header\">" + header + "</th>"), header);
        }
        assertTrue(html.contains(">27 March 2026<"));
        assertTrue(html.contains(">Jo Lovelace (Parent)<"));
        assertTrue(html.contains(">Sam Office<"));
        assertTrue(html.contains(">1 June 2026, 2:05pm<"), "13:05 UTC is 2:05pm British Summer Time");
        assertTrue(html.contains(">signed form in file<"));
        assertTrue(html.indexOf("Individual Thrive profiles</li>") < html.indexOf("Action plans and home activities</li>"),
                "scopes in their usual order");
        assertFalse(html.contains("No consent decisions recorded yet"));
    }

    @Test
    void saysWhenNoDecisionIsRecordedYet() {
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("No consent decisions recorded yet"));
        assertFalse(html.contains("<table"));
    }

    @Test
    void escapesEverythingItWrites() {
        givenStatus(Map.of(), new org.thrivemis.api.consent.ConsentRecord(1, "p1", ConsentDecision.GIVEN,
                Set.of(ConsentScope.ACTION_PLAN), "<script>alert(1)</script>", Relationship.CARER,
                LocalDate.of(2026, 3, 27), "<b>note</b> & \"quotes\"", "s2", "<i>Mal</i>",
                java.time.Instant.parse("2026-03-27T10:00:00Z")));
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; (Carer)"), html);
        assertTrue(html.contains("&lt;b&gt;note&lt;/b&gt; &amp; \"quotes\""), html);
        assertTrue(html.contains("&lt;i&gt;Mal&lt;/i&gt;"));
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("<b>note"));
    }

    @Test
    void showsTheFormOnlyToStaffWhoRecordConsent() {
        for (String role : List.of("office", "practitioner", "senior_lead")) {
            assertTrue(tab.render(request(role)).contains("Record a consent decision"), role);
        }
        for (String role : List.of("teacher", "admin")) {
            String html = tab.render(request(role));
            assertFalse(html.contains("<form"), role);
            assertFalse(html.contains("Save consent decision"), role);
        }
    }

    @Test
    void theFormPostsToTheTabWithTheSessionsCsrfToken() {
        String html = tab.render(request("office"));
        assertTrue(html.contains("<form id=\"consent-form\" method=\"post\" action=\"/pupils/p1?tab=thrive-profile\""), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"_csrf\" value=\"csrf-token-123\">"));
        assertTrue(html.contains(">Save consent decision</button>"));
        assertTrue(html.contains("For example, 27 3 2026"));
        assertTrue(html.contains(">Date the decision was made</legend>"));
        for (ConsentScope s : ConsentScope.values()) {
            assertTrue(html.contains(">" + s.label() + "</label>"), s.name());
        }
        for (Relationship r : Relationship.values()) {
            assertTrue(html.contains(">" + r.label() + "</label>"), r.name());
        }
        for (String field : List.of("decision", "scopes", "personName", "relationship", "decidedOn-day", "decidedOn-month",
                "decidedOn-year", "note")) {
            assertTrue(html.contains("name=\"" + field + "\""), field);
        }
    }

    @Test
    void everyControlHasALabelBoundByIdAndNoPositiveTabindex() {
        String html = tab.render(request("office"));
        Matcher controls = Pattern.compile("<(input|textarea)[^>]*>").matcher(html);
        int count = 0;
        while (controls.find()) {
            String tag = controls.group();
            if (tag.contains("type=\"hidden\"")) {
                continue;
            }
            Matcher id = Pattern.compile(" id=\"([^\"]+)\"").matcher(tag);
            assertTrue(id.find(), "control without id: " + tag);
            assertTrue(html.contains("<label class=\"govuk-label") && html.contains("for=\"" + id.group(1) + "\""),
                    "no label for " + id.group(1));
            count++;
        }
        assertEquals(2 + 2 + 1 + 5 + 3 + 1, count, "decision, scopes, name, relationship, date boxes, note");
        assertEquals(4, html.split("<legend").length - 1, "decision, scopes, relationship and date are fieldsets");
        assertFalse(Pattern.compile("tabindex=\"[1-9]").matcher(html).find());
    }

    @Test
    void tellsStaffWithoutAccessInsteadOfShowingAnything() {
        consents.denied.add("p1");
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("You do not have access to this pupil's Thrive information"));
        assertFalse(html.contains("Parental consent"));
    }

    @Test
    void neverThrowsButGivesAReferenceWhenTheServiceFails() {
        consents.failWith = new IllegalStateException("database down");
        String html = tab.render(request("teacher"));
        assertTrue(html.contains("cannot be shown right now"));
        assertFalse(html.contains("database down"), "no internals shown");
        assertTrue(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-").matcher(html).find(), "a reference to quote");
    }

    @Test
    void showsASuccessBannerAfterSaving() {
        String html = tab.render(request(Map.of("saved", List.of("consent")), "office"));
        assertTrue(html.contains("govuk-notification-banner--success"));
        assertTrue(html.contains("Consent decision recorded"));
        assertFalse(tab.render(request("office")).contains("Consent decision recorded"));
    }

    // ---- submit

    private static Map<String, List<String>> form(String personName, String day, String month, String year) {
        return Map.of("decision", List.of("GIVEN"), "scopes", List.of("INDIVIDUAL_ASSESSMENT", "ACTION_PLAN"),
                "personName", List.of(personName), "relationship", List.of("GUARDIAN"),
                "decidedOn-day", List.of(day), "decidedOn-month", List.of(month), "decidedOn-year", List.of(year),
                "note", List.of("form in file <3"));
    }

    @Test
    void aValidDecisionIsRecordedThenRedirectsToTheTabWithTheBanner() {
        consents.recordResult = record(7, ConsentDecision.GIVEN, LocalDate.of(2026, 3, 27), "Jo",
                ConsentScope.INDIVIDUAL_ASSESSMENT);
        TabResult result = tab.submit(request("office"), form("Jo Lovelace", "27", "3", "2026"));
        assertEquals(303, result.status());
        assertEquals(Optional.of(TAB_URL + "&saved=consent"), result.redirectTo());
        ConsentRequest sent = consents.recorded.get(0);
        assertEquals(new ConsentRequest(ConsentDecision.GIVEN, Set.of(ConsentScope.values()), "Jo Lovelace",
                Relationship.GUARDIAN, LocalDate.of(2026, 3, 27), "form in file <3"), sent);
        assertEquals("s1", consents.actors.get(0).userId());
    }

    @Test
    void aRefusedDecisionIsShownAgainWithAnErrorSummaryAndTheValuesEntered() {
        consents.refuseWith = new ValidationException(List.of(
                new Problem("decidedOn", "", "Enter the date the decision was made"),
                new Problem("personName", "", "Enter the name of the parent or carer")));
        TabResult result = tab.submit(request("office"), form("\"><script>x</script>", "31", "2", "2026"));

        assertEquals(400, result.status());
        assertNull(consents.recorded.get(0).decidedOn(), "an unreadable date reaches the domain as no date");
        String html = result.html().orElseThrow();
        assertTrue(html.startsWith("<div class=\"thrive-consent\">"));
        int summary = html.indexOf("govuk-error-summary");
        assertTrue(summary > 0 && summary < html.indexOf("Parental consent"), "summary at the top");
        assertTrue(html.contains("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\" tabindex=\"-1\">"));
        assertTrue(html.contains("<div role=\"alert\">"));
        assertTrue(html.contains("There is a problem"));
        // In the order of the form, each linking to its control; the tab's date message replaces the domain's.
        int name = html.indexOf("<a href=\"#consent-personName\">Enter the name of the parent or carer</a>");
        int date = html.indexOf("<a href=\"#consent-decidedOn-day\">Date the decision was made must be a real date: "
                + "February 2026 has 28 days, so 31/2/2026 does not exist</a>");
        assertTrue(name > 0 && date > name, html);
        assertFalse(html.contains("Enter the date the decision was made"));
        // Inline messages beside the fields, and the fields marked.
        assertTrue(html.contains("<p id=\"consent-personName-error\" class=\"govuk-error-message\">"
                + "<span class=\"govuk-visually-hidden\">Error:</span> Enter the name of the parent or carer</p>"));
        assertTrue(html.contains("aria-describedby=\"consent-personName-hint consent-personName-error\""));
        assertTrue(html.contains("govuk-form-group govuk-form-group--error"));
        assertTrue(html.contains("id=\"consent-decidedOn-error\""));
        assertTrue(html.contains("govuk-input--error"));
        // What was typed comes back, escaped for an attribute: the quote cannot close it, no tag can open.
        assertTrue(html.contains("value=\"&#34;>&lt;script>x&lt;/script>\""), html);
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("id=\"consent-decidedOn-day\" name=\"decidedOn-day\" type=\"text\" inputmode=\"numeric\" value=\"31\""));
        assertTrue(html.contains("value=\"GIVEN\" checked"));
        assertTrue(html.contains("value=\"INDIVIDUAL_ASSESSMENT\" checked"));
        assertTrue(html.contains("value=\"GUARDIAN\" checked"));
        assertFalse(html.contains("value=\"PARENT\" checked"));
        assertTrue(html.contains(">form in file &lt;3</textarea>"));
        assertFalse(html.contains("Consent decision recorded"));
    }

    @Test
    void aDecisionTheServiceRefusesForAccessGets403() {
        consents.denied.add("p1");
        TabResult result = tab.submit(request("office"), form("Jo", "27", "3", "2026"));
        assertEquals(403, result.status());
        assertTrue(result.html().orElseThrow().contains("You do not have access to this pupil's Thrive information"));
    }

    @Test
    void appendsTheSavedParameterToATabUrlWithoutAQuery() {
        assertEquals("/pupils/p1/thrive?saved=consent", ThriveProfileTab.withParameter("/pupils/p1/thrive", "saved=consent"));
    }
}

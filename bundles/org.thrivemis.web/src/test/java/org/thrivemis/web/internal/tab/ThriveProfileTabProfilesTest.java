package org.thrivemis.web.internal.tab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;
import static org.thrivemis.web.internal.Fixtures.pupil;
import static org.thrivemis.web.internal.Fixtures.viewer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.web.internal.FakeConsentService;
import org.thrivemis.web.internal.profile.FakeProfiles;

/** The Thrive tab with and without the profile services: profiles above the consent panel, or consent alone. */
class ThriveProfileTabProfilesTest {
    private static final String TAB_URL = "/pupils/p1?tab=thrive-profile";

    private final FakeConsentService consents = new FakeConsentService();
    private final FakeProfiles profiles = new FakeProfiles();
    private final ThriveProfileTab tab = new ThriveProfileTab(consents, ROLES);

    ThriveProfileTabProfilesTest() {
        consents.statuses.put("p1", new ConsentStatus("p1", Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.GIVEN,
                ConsentScope.ACTION_PLAN, ConsentState.NOT_RECORDED), List.of()));
    }

    private static TabRequest request(Map<String, List<String>> parameters, String role) {
        return new TabRequest(viewer(role), pupil("p1"), parameters, "tok", TAB_URL, Locale.UK);
    }

    @Test
    void theProfileComesBeforeTheConsentPanel() {
        tab.bindProfiles(profiles, profiles);
        profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 1, 6), AssessmentStatus.COMPLETED, Level.SECURE,
                Map.of());

        String html = tab.render(request(Map.of(), "practitioner"));

        assertTrue(html.indexOf("Thrive profile</h2>") >= 0, html);
        assertTrue(html.indexOf("Thrive profile</h2>") < html.indexOf("Parental consent</h2>"), html);
        assertTrue(html.contains("id=\"profile-history\""), html);
    }

    @Test
    void withoutTheProfileServicesTheTabStillShowsConsent() {
        String html = tab.render(request(Map.of(), "practitioner"));

        assertFalse(html.contains("Thrive profile</h2>"), html);
        assertTrue(html.contains("Parental consent"), html);
        TabResult posted = tab.submit(request(Map.of(), "practitioner"), Map.of("profile-action", List.of("start"),
                "kind", List.of("BASELINE")));
        assertEquals(503, posted.status());
    }

    @Test
    void aProfilePageReplacesTheSummaryAndAnUnknownProfileSaysSo() {
        tab.bindProfiles(profiles, profiles);

        String html = tab.render(request(Map.of("assessment", List.of("42")), "practitioner"));

        assertTrue(html.contains("There is no profile with id 42"), html);
        assertFalse(html.contains("Parental consent"), html);
    }
}

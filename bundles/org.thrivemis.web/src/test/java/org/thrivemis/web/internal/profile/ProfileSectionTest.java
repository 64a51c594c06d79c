package org.thrivemis.web.internal.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;
import static org.thrivemis.web.internal.Fixtures.pupil;
import static org.thrivemis.web.internal.Fixtures.viewer;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/** What practitioners and teachers see of profiles on the Thrive tab, and where the forms lead. */
class ProfileSectionTest {
    private static final String TAB_URL = "/pupils/p1?tab=thrive-profile";
    private static final ConsentStatus GIVEN = new ConsentStatus("p1",
            Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.GIVEN, ConsentScope.ACTION_PLAN, ConsentState.GIVEN),
            List.of());
    private static final ConsentStatus WITHDRAWN = new ConsentStatus("p1",
            Map.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.WITHDRAWN, ConsentScope.ACTION_PLAN,
                    ConsentState.WITHDRAWN), List.of());

    private final FakeProfiles profiles = new FakeProfiles();
    private final ProfileSection section = new ProfileSection(profiles, profiles, new Templates(),
            Clock.fixed(Instant.parse("2025-03-10T09:30:00Z"), ZoneId.of("Europe/London")));

    private static TabRequest request(Map<String, List<String>> parameters, String role) {
        return new TabRequest(viewer(role), pupil("p1"), parameters, "tok", TAB_URL, Locale.UK);
    }

    private static Actor actor(String role) {
        return ThriveAccess.actorOf(ROLES, viewer(role));
    }

    private String summary(String role, ConsentStatus consent) {
        return section.summary(request(Map.of(), role), actor(role), consent, ProfileSection.StartState.fresh());
    }

    @Test
    void theSummaryShowsStagesChartWithTextAlternativeChangesAndHistory() {
        profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2024, 10, 7), AssessmentStatus.COMPLETED, Level.SECURE,
                Map.of("being-1", Level.NOT_YET, "doing-2", Level.EMERGING));
        profiles.seed("p1", ProfileKind.BEHAVIOUR, "Hits out at lunchtime", LocalDate.of(2025, 2, 3),
                AssessmentStatus.COMPLETED, Level.SECURE, Map.of("doing-2", Level.EMERGING));

        String html = summary("practitioner", GIVEN);

        // Ada (born 1 May 2018) is 6 today: Power and identity expected; gaps in Doing come first
        assertTrue(html.contains("<dd class=\"govuk-summary-list__value\" data-working-stage>Doing</dd>"), html);
        assertTrue(html.contains("Ada has gaps in Doing, an earlier strand than Power and identity"), html);
        assertTrue(html.contains("<svg role=\"img\" aria-labelledby=\"strand-chart-title strand-chart-desc\""), html);
        assertTrue(html.contains("<title id=\"strand-chart-title\">Strands secure for Ada Lovelace</title>"), html);
        assertTrue(html.contains("<table class=\"govuk-table\" id=\"strand-table\">"), html);
        assertTrue(html.contains("Previous (Baseline profile, 7 October 2024)"), html);
        assertTrue(html.contains("Working stage changed from Being to Doing."), html);
        assertTrue(html.contains("Being: 50% to 100% secure (up 50 percentage points)."), html);
        assertTrue(html.contains("<td class=\"govuk-table__cell\">Hits out at lunchtime</td>"), html);
        assertTrue(html.contains("<strong class=\"govuk-tag govuk-tag--yellow\">Sample content</strong>"), html);
        assertTrue(html.contains(">Start a baseline profile</button>"), html);
        assertTrue(html.contains(">Start a behaviour profile</button>"), html);
    }

    @Test
    void withoutConsentThePractitionerIsToldWhyAndGetsNoStartButtons() {
        String html = summary("practitioner", WITHDRAWN);

        assertTrue(html.contains("You cannot start a profile: parental consent for individual Thrive profiles is"
                + " withdrawn."), html);
        assertFalse(html.contains("Start a baseline profile"), html);
    }

    @Test
    void teachersReadButGetNoStartButtonsAndOfficeStaffSeeNoProfiles() {
        profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2024, 10, 7), AssessmentStatus.DRAFT, Level.SECURE, Map.of());

        String teacher = summary("teacher", GIVEN);

        assertTrue(teacher.contains("id=\"profile-history\""), teacher);
        assertFalse(teacher.contains("Start a baseline profile"), teacher);
        assertFalse(teacher.contains(">Continue<"), teacher);
        assertEquals("", summary("office", GIVEN));
    }

    @Test
    void aStrandPageIsOneFieldsetPerStatementWithTheVersionHidden() {
        Assessment draft = profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 3, 3), AssessmentStatus.DRAFT,
                Level.SECURE, Map.of());

        String html = section.page(request(Map.of("assessment", List.of(String.valueOf(draft.id())),
                "strand", List.of("DOING")), "practitioner"), actor("practitioner"));

        assertTrue(html.contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\" id=\"statement-doing-1\">"
                + "Doing statement one</legend>"), html);
        assertTrue(html.contains("Baseline profile: strand 2 of 6"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"version\" value=\"1\">"), html);
        assertTrue(html.contains("id=\"level-doing-1-secure\" name=\"level.doing-1\" type=\"radio\" value=\"SECURE\" checked"), html);
        assertEquals(6, count(html, "type=\"radio\""), "three choices for each of two statements");
    }

    @Test
    void saveAndContinueGoesToTheNextStrandAndTheLastToTheCheckPage() {
        Assessment draft = profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 3, 3), AssessmentStatus.DRAFT,
                Level.SECURE, Map.of());

        TabResult next = submit(Map.of("profile-action", "save", "assessment", "" + draft.id(), "version", "1",
                "strand", "BEING", "level.being-1", "EMERGING", "next", "continue"));
        TabResult last = submit(Map.of("profile-action", "save", "assessment", "" + draft.id(), "version", "2",
                "strand", "INTERDEPENDENCE", "level.interdependence-1", "SECURE", "next", "continue"));

        assertEquals(TAB_URL + "&assessment=1&strand=DOING", next.redirectTo().orElseThrow());
        assertEquals(TAB_URL + "&assessment=1&step=check", last.redirectTo().orElseThrow());
        assertEquals("save 1 v1 {being-1=EMERGING}", profiles.calls.get(0));
    }

    @Test
    void finishLaterSavesTheDraftAndGoesBackToTheSummary() {
        Assessment draft = profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 3, 3), AssessmentStatus.DRAFT,
                Level.SECURE, Map.of());

        TabResult later = submit(Map.of("profile-action", "save", "assessment", "" + draft.id(), "version", "1",
                "strand", "BEING", "level.being-1", "SECURE", "next", "later"));

        assertEquals(TAB_URL + "&profileSaved=draft", later.redirectTo().orElseThrow());
        assertEquals(2, profiles.stored.get(draft.id()).version());
    }

    @Test
    void aConflictSaysWhoSavedAndWhatDiffersAndKeepsTheUsersEntries() {
        Assessment draft = profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 3, 3), AssessmentStatus.DRAFT,
                Level.SECURE, Map.of());
        profiles.saveLevels(actor("senior_lead"), draft.id(), 1, Map.of("being-1", Level.SECURE));

        TabResult result = submit(Map.of("profile-action", "save", "assessment", "" + draft.id(), "version", "1",
                "strand", "BEING", "level.being-1", "NOT_YET", "next", "continue"));

        String html = result.html().orElseThrow();
        assertEquals(409, result.status());
        assertTrue(html.contains("<h2 class=\"govuk-error-summary__title\">Someone else saved this profile</h2>"), html);
        assertTrue(html.contains("Sam Senior saved Secure, you chose Not yet"), html);
        assertTrue(html.contains("id=\"level-being-1\" name=\"level.being-1\" type=\"radio\" value=\"NOT_YET\" checked"), html);
        assertTrue(html.contains("<input type=\"hidden\" name=\"version\" value=\"2\">"), html);
    }

    @Test
    void withoutConsentStartingAProfileIsRefusedWith403AsInTheApiAndStoresNothing() {
        profiles.startFailure = new ConsentRequiredException("p1", ConsentScope.INDIVIDUAL_ASSESSMENT,
                ConsentState.WITHDRAWN);
        Map<String, List<String>> form = form(Map.of("profile-action", "start", "kind", "BASELINE", "reason", ""));

        TabResult result = section.submit(request(Map.of(), "practitioner"), actor("practitioner"), form,
                start -> section.summary(request(Map.of(), "practitioner"), actor("practitioner"), WITHDRAWN, start));

        assertEquals(403, result.status());
        assertTrue(result.html().orElseThrow().contains("<a href=\"#profile-start\">Parental consent for"),
                result.html().orElseThrow());
        assertTrue(profiles.stored.isEmpty());
    }

    @Test
    void completingAProfileAfterConsentWasWithdrawnIsRefusedWith403() {
        Assessment draft = profiles.seed("p1", ProfileKind.BASELINE, "", LocalDate.of(2025, 3, 3), AssessmentStatus.DRAFT,
                Level.SECURE, Map.of());
        profiles.completeFailure = new ConsentRequiredException("p1", ConsentScope.INDIVIDUAL_ASSESSMENT,
                ConsentState.WITHDRAWN);

        TabResult result = submit(Map.of("profile-action", "complete", "assessment", "" + draft.id(), "version", "1"));

        assertEquals(403, result.status());
        assertEquals(AssessmentStatus.DRAFT, profiles.stored.get(draft.id()).status());
    }

    @Test
    void startingARefusedBehaviourProfileShowsTheSummaryAgainWithTheProblem() {
        profiles.startFailure = new ValidationException(List.of(new Problem("reason", "", "Enter the reason for the referral")));
        Map<String, List<String>> form = form(Map.of("profile-action", "start", "kind", "BEHAVIOUR", "reason", ""));

        TabResult result = section.submit(request(Map.of(), "practitioner"), actor("practitioner"), form,
                start -> section.summary(request(Map.of(), "practitioner"), actor("practitioner"), GIVEN, start));

        assertEquals(400, result.status());
        String html = result.html().orElseThrow();
        assertTrue(html.contains("<a href=\"#profile-reason\">Enter the reason for the referral</a>"), html);
        assertTrue(html.contains("id=\"profile-reason-error\""), html);
    }

    @Test
    void startingGoesToTheFirstStrandAndCompletingToTheResult() {
        TabResult started = submit(Map.of("profile-action", "start", "kind", "BASELINE"));
        TabResult completed = submit(Map.of("profile-action", "complete", "assessment", "1", "version", "1"));

        assertEquals(TAB_URL + "&assessment=1&strand=BEING", started.redirectTo().orElseThrow());
        assertEquals(TAB_URL + "&assessment=1&step=check&profileSaved=completed", completed.redirectTo().orElseThrow());
        String check = section.page(request(Map.of("assessment", List.of("1"), "step", List.of("check"),
                "profileSaved", List.of("completed")), "practitioner"), actor("practitioner"));
        assertTrue(check.contains("Profile completed"), check);
        assertTrue(check.contains("data-working-stage>Being</dd>"), check);
        assertFalse(check.contains("Complete profile</button>"), check);
    }

    private TabResult submit(Map<String, String> fields) {
        return section.submit(request(Map.of(), "practitioner"), actor("practitioner"), form(fields),
                start -> "summary");
    }

    private static Map<String, List<String>> form(Map<String, String> fields) {
        Map<String, List<String>> form = new HashMap<>();
        fields.forEach((k, v) -> form.put(k, List.of(v)));
        return form;
    }

    private static int count(String html, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}

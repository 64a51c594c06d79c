package org.thrivemis.web.internal.plan;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.web.internal.FakeAssessmentService;
import org.thrivemis.web.internal.FakePlanService;

/** The Action plan tab as staff use it: what they see, and what happens to what they post. */
class ActionPlanTabTest {
    private static final String TAB_URL = "/pupils/p1?tab=thrive-action-plan";
    private static final String TOKEN = "csrf-token-123";
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final FakePlanService plans = new FakePlanService();
    private final FakeAssessmentService assessments = new FakeAssessmentService();
    private final ActionPlanTab tab = new ActionPlanTab(plans, assessments, ROLES,
            Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/London")));

    private static TabRequest request(Map<String, List<String>> parameters, String... roles) {
        return new TabRequest(viewer(roles), pupil("p1"), parameters, TOKEN, TAB_URL, Locale.UK);
    }

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return form;
    }

    private static Map<String, List<String>> createForm(String... extra) {
        Map<String, List<String>> form = form("command", "create", "assessmentId", "7", "startDate-day", "10",
                "startDate-month", "3", "startDate-year", "2026");
        form.putAll(form(extra));
        return form;
    }

    @Test
    void isLabelledActionPlanAndShownToTeachersPractitionersAndSeniorLeadsOnly() {
        assertEquals("Action plan", tab.label(Locale.UK));
        assertTrue(tab.isVisible(viewer("teacher"), pupil("p1")));
        assertTrue(tab.isVisible(viewer("practitioner"), pupil("p1")));
        assertTrue(tab.isVisible(viewer("senior_lead"), pupil("p1")));
        assertFalse(tab.isVisible(viewer("office"), pupil("p1")), "office staff see consent status only");
        assertFalse(tab.isVisible(viewer("admin"), pupil("p1")));
    }

    @Test
    void aPractitionerIsOfferedToCreateAPlanFromTheLatestCompletedAssessment() {
        assessments.add(7, "p1", AssessmentStatus.COMPLETED);
        assessments.add(8, "p1", AssessmentStatus.DRAFT);

        String html = tab.render(request(Map.of(), "practitioner"));

        assertTrue(html.contains("This pupil has no current action plan."), html);
        assertTrue(html.contains("href=\"/pupils/p1?tab=thrive-action-plan&amp;plan-view=new\""), html);
        assertTrue(html.contains(">Create an action plan</a>"));
    }

    @Test
    void withoutACompletedAssessmentThePractitionerIsToldWhatToDoFirst() {
        assessments.add(8, "p1", AssessmentStatus.DRAFT);

        String html = tab.render(request(Map.of(), "practitioner"));

        assertFalse(html.contains("Create an action plan"));
        assertTrue(html.contains("first complete an individual assessment of this pupil on the Thrive tab"));
    }

    @Test
    void theCreateFormOffersTheGapsAndPackActivitiesAsLabelledCheckboxes() {
        assessments.add(7, "p1", AssessmentStatus.COMPLETED);

        String html = tab.render(request(Map.of("plan-view", List.of("new")), "practitioner"));

        assertTrue(html.contains("<h2 class=\"govuk-heading-l\">Create an action plan</h2>"));
        assertTrue(html.contains("id=\"plan-targets\" name=\"targets\" type=\"checkbox\" value=\"BEING|being-02|Lets an adult help them settle\""), html);
        assertTrue(html.contains("<label class=\"govuk-label govuk-checkboxes__label\" for=\"plan-targets\">Lets an adult help them settle</label>"));
        assertTrue(html.contains("for=\"plan-school\">Meet and greet"));
        assertTrue(html.contains("for=\"plan-home\">Bedtime story"));
        assertTrue(html.contains("name=\"_csrf\" value=\"csrf-token-123\""));
        assertTrue(html.contains("sample content pack"), "suggestions from the sample pack say so");
        assertTrue(html.contains("value=\"10\"") && html.contains("value=\"2026\""), "start date defaults to today");
    }

    @Test
    void postingTheFormCreatesTheTickedContentAndRedirectsWithABanner() {
        TabResult result = tab.submit(request(Map.of(), "practitioner"), createForm(
                "targets", "BEING|being-02|Lets an adult help them settle",
                "activities", FakePlanServiceValues.HOME,
                "ownTarget-strand-1", "DOING", "ownTarget-text-1", "Tries the climbing frame",
                "ownSchool", "Lunchtime club\n\nCalm corner",
                "note-ATTUNE", "Notice when quiet"));

        assertEquals(Optional.of(TAB_URL + "&plan-saved=create"), result.redirectTo());
        assertEquals(List.of(FakePlanService.GAP, new Target(Strand.DOING, Optional.empty(), "Tries the climbing frame")),
                plans.lastDraft.targets());
        assertEquals(List.of("Bedtime story: read together in a calm place", "Lunchtime club", "Calm corner"),
                plans.lastDraft.activities().stream().map(a -> a.text()).toList());
        assertEquals(TODAY, plans.lastDraft.startDate());
        assertEquals(Optional.empty(), plans.lastDraft.reviewDate(), "blank review date: the domain's default");
        assertTrue(tab.render(request(Map.of("plan-saved", List.of("create")), "practitioner"))
                .contains("Action plan saved as a draft"));
    }

    @Test
    void aRefusedFormComesBackWithTheProblemsLinkedAndTheEntriesKept() {
        TabResult result = tab.submit(request(Map.of(), "practitioner"), createForm(
                "ownTarget-text-2", "Plays with one friend", "reviewDate-day", "31", "reviewDate-month", "2",
                "reviewDate-year", "2026"));

        assertEquals(400, result.status());
        String html = result.html().orElseThrow();
        assertTrue(html.contains("There is a problem"));
        assertTrue(html.contains("<a href=\"#plan-ownTarget-strand-2\">Select the strand your target 2 works on</a>"), html);
        assertTrue(html.contains("Review date must be a real date"), html);
        assertTrue(html.contains("value=\"Plays with one friend\""), "the entry is kept");
        assertEquals(List.of("suggestions 7"), plans.calls, "nothing was sent to be saved");
    }

    @Test
    void theDomainsRefusalIsShownOnTheForm() {
        TabResult result = tab.submit(request(Map.of(), "practitioner"), createForm());

        assertEquals(400, result.status());
        assertTrue(result.html().orElseThrow().contains("<a href=\"#plan-targets\">Select or write at least one target</a>"));
    }

    @Test
    void withoutConsentTheTabSaysSoAndCreatesNothing() {
        plans.noConsent = true;

        TabResult result = tab.submit(request(Map.of(), "practitioner"), createForm(
                "targets", "BEING|being-02|Lets an adult help them settle"));

        assertEquals(403, result.status());
        assertTrue(result.html().orElseThrow().contains("No parental consent for action plans"));
        assertTrue(plans.plans.isEmpty());
    }

    @Test
    void aStaleEditShowsWhoChangedThePlanAndWhatKeepingTheUsersEntries() {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, TODAY.plusWeeks(4));
        plans.update(org.thrivemis.web.internal.Fixtures.ROLES.actor("s2", "Sam Senior", java.util.Set.of("senior_lead")),
                plan.id(), 1, new org.thrivemis.api.plan.PlanDraft(plan.targets(), plan.activities(), Map.of(),
                        plan.startDate(), Optional.of(TODAY.plusWeeks(2))));

        TabResult result = tab.submit(request(Map.of(), "practitioner"), form("command", "update", "assessmentId", "7",
                "planId", String.valueOf(plan.id()), "version", "1", "targets", FakePlanServiceValues.GAP,
                "ownSchool", "My new idea", "startDate-day", "10", "startDate-month", "3", "startDate-year", "2026"));

        assertEquals(409, result.status());
        String html = result.html().orElseThrow();
        assertTrue(html.contains("Someone else changed this plan"));
        assertTrue(html.contains("review date is now 2026-03-24"), html);
        assertTrue(html.contains("My new idea"), "the user's entries are kept");
        assertTrue(html.contains("name=\"version\" value=\"2\""), "saving again is a deliberate choice on the new version");
    }

    @Test
    void theCurrentPlanShowsItsContentAnOverdueReviewAndTheStepsAllowed() {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, TODAY.minusDays(1));

        String practitioner = tab.render(request(Map.of(), "practitioner"));
        assertTrue(practitioner.contains("<strong class=\"govuk-tag govuk-tag--blue\">Active</strong>"));
        assertTrue(practitioner.contains("Review overdue"));
        assertTrue(practitioner.contains("Lets an adult help them settle"));
        assertTrue(practitioner.contains(">Record a review</a>"));
        assertTrue(practitioner.contains("value=\"close\""));
        assertTrue(practitioner.contains("/thrive/pupils/p1/plans/" + plan.id() + "/home-sheet?back="));

        String teacher = tab.render(request(Map.of(), "teacher"));
        assertTrue(teacher.contains("Lets an adult help them settle"), "teachers read the plan");
        assertFalse(teacher.contains("<form"), "but get no forms");
        assertFalse(teacher.contains("Record a review"));
    }

    @Test
    void activatingADraftPostsItsVersionAndAStaleOneExplainsTheConflict() {
        ActionPlan plan = plans.seed("p1", PlanStatus.DRAFT, TODAY.plusWeeks(8));
        Map<String, List<String>> activate = form("command", "activate", "planId", String.valueOf(plan.id()),
                "version", "1");

        assertEquals(Optional.of(TAB_URL + "&plan-saved=activate"),
                tab.submit(request(Map.of(), "practitioner"), activate).redirectTo());
        TabResult again = tab.submit(request(Map.of(), "practitioner"), activate);

        assertEquals(409, again.status());
        assertTrue(again.html().orElseThrow().contains("Someone else changed this plan"));
        assertEquals(PlanStatus.ACTIVE, plans.plans.get(plan.id()).status());
    }

    @Test
    void aReviewWithoutProgressForATargetComesBackWithTheMessageBesideIt() {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, TODAY);

        TabResult result = tab.submit(request(Map.of(), "practitioner"), form("command", "review", "planId",
                String.valueOf(plan.id()), "version", "1", "reviewedOn-day", "10", "reviewedOn-month", "3",
                "reviewedOn-year", "2026", "notes", "Going well"));

        assertEquals(400, result.status());
        String html = result.html().orElseThrow();
        assertTrue(html.contains("<a href=\"#plan-progress-0\">Select the progress made towards target 1</a>"), html);
        assertTrue(html.contains("id=\"plan-progress-0-error\""));
        assertTrue(html.contains(">Going well</textarea>"));

        TabResult saved = tab.submit(request(Map.of(), "practitioner"), form("command", "review", "planId",
                String.valueOf(plan.id()), "version", "1", "progress-0", "GOOD", "reviewedOn-day", "10",
                "reviewedOn-month", "3", "reviewedOn-year", "2026", "newAssessment", "BEHAVIOUR"));
        assertEquals(Optional.of(TAB_URL + "&plan-saved=review"), saved.redirectTo());
        assertTrue(plans.plans.get(plan.id()).reviews().get(0).newAssessmentRequested());
        assertTrue(plans.calls.contains("review " + plan.id() + " v1 BEHAVIOUR"), plans.calls.toString());
    }

    @Test
    void theReviewFormOffersANewBaselineOrBehaviourProfileAsOneFieldset() {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, TODAY);

        String html = tab.render(request(Map.of("plan-view", List.of("review"), "plan", List.of("" + plan.id())),
                "practitioner"));

        assertTrue(html.contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">Start a new profile"
                + " of this pupil?</legend>"), html);
        assertTrue(html.contains("id=\"plan-newAssessment\" name=\"newAssessment\" type=\"radio\" value=\"\" checked"),
                html);
        assertTrue(html.contains("name=\"newAssessment\" type=\"radio\" value=\"BASELINE\""), html);
        assertTrue(html.contains("name=\"newAssessment\" type=\"radio\" value=\"BEHAVIOUR\""), html);
    }

    @Test
    void aReviewThatStartedAProfileLinksToItOnTheThriveTab() {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, TODAY);
        tab.submit(request(Map.of(), "practitioner"), form("command", "review", "planId", String.valueOf(plan.id()),
                "version", "1", "progress-0", "SOME", "reviewedOn-day", "10", "reviewedOn-month", "3",
                "reviewedOn-year", "2026", "newAssessment", "BASELINE"));

        String html = tab.render(request(Map.of(), "practitioner"));

        assertTrue(html.contains("This review started a new profile (draft): <a class=\"govuk-link\" href=\""
                + TAB_URL.replace("thrive-action-plan", "thrive-profile") + "&amp;assessment="
                + FakePlanService.STARTED_ASSESSMENT + "&amp;strand=BEING\">continue the profile on the Thrive tab</a>"),
                html);
        assertTrue(html.contains("started a new profile: continue it on the pupil's Thrive tab."), html);
    }

    @Test
    void anUnknownNewProfileKindIsRefusedBesideTheRadiosAndNothingIsReviewed() {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, TODAY);

        TabResult result = tab.submit(request(Map.of(), "practitioner"), form("command", "review", "planId",
                String.valueOf(plan.id()), "version", "1", "progress-0", "SOME", "reviewedOn-day", "10",
                "reviewedOn-month", "3", "reviewedOn-year", "2026", "newAssessment", "SOMETHING"));

        assertEquals(400, result.status());
        assertTrue(result.html().orElseThrow().contains("<a href=\"#plan-newAssessment\">Choose whether to start a new"
                + " baseline or behaviour profile, or none</a>"), result.html().orElseThrow());
        assertTrue(plans.plans.get(plan.id()).reviews().isEmpty());
    }

    /** Checkbox values as the form posts them. */
    private static final class FakePlanServiceValues {
        static final String GAP = Choice.of(FakePlanService.GAP);
        static final String HOME = Choice.of(FakePlanService.HOME);
    }
}

package org.thrivemis.web.internal.plan;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.profile.ProfileUrls;

/**
 * The action-plan tab's overview: a banner after a save, a problem to report, the current plan
 * with what the viewer may do to it, the earlier plans (always readable), and how to start a plan.
 *
 * @param banner success message after a save, e.g. "Action plan activated"
 * @param problem why the last request was refused (no consent, a conflict…), with details
 * @param current the newest plan that is not closed
 * @param currentActions the buttons for the current plan
 * @param history the other plans, newest first
 * @param createLink where "Create an action plan" goes, when the viewer may create one
 * @param noAssessment shown instead of the link when there is no completed assessment to plan from
 * @param newAssessmentRequested the latest review asked for a new assessment
 */
public record PlanTabView(Optional<String> banner, Optional<Notice> problem, Optional<CurrentPlan> current,
        List<PlanView> history, Optional<String> createLink, boolean noAssessment, Optional<String> newAssessmentRequested) {

    /** A refusal to show at the top: a heading and its lines. */
    public record Notice(String title, List<String> lines) {
    }

    /** The current plan, its buttons and links. */
    public record CurrentPlan(PlanView plan, List<Button> buttons, Optional<String> editLink,
            Optional<String> reviewLink, String homeSheetLink, String summaryLink) {
    }

    /**
     * A button posting one command about the plan.
     *
     * @param command what the tab does with it (activate, continue, close)
     * @param label the button's text
     * @param style the GOV.UK modifier, e.g. {@code govuk-button--secondary}
     */
    public record Button(String action, String csrfField, String csrfToken, long planId, long version, String command,
            String label, String style) {
    }

    public PlanTabView {
        history = List.copyOf(history);
    }

    /** Links from a review to the draft profile it started, on the Thrive tab of the same record. */
    private static Function<Long, Optional<String>> profileHref(String tabUrl) {
        ProfileUrls profile = ProfileUrls.besideTab(tabUrl, ActionPlanTab.TAB_ID);
        return id -> Optional.of(profile.strand(id, Strand.BEING));
    }

    /**
     * The overview of a pupil's plans (newest first).
     *
     * @param tabUrl the tab's address, for links and forms
     * @param pagesBase the address of the pupil's printable pages, e.g. {@code /thrive/pupils/P0001/plans}
     * @param canWrite whether the viewer may create and change plans
     * @param latestCompleted the pupil's latest completed assessment, if any
     */
    static PlanTabView of(List<ActionPlan> plans, LocalDate today, String tabUrl, String csrfToken, String pagesBase,
            boolean canWrite, Optional<Long> latestCompleted, Optional<String> banner, Optional<Notice> problem) {
        Optional<ActionPlan> open = plans.stream().filter(p -> p.status() != PlanStatus.CLOSED).findFirst();
        List<PlanView> history = new ArrayList<>();
        for (ActionPlan p : plans) {
            if (open.isEmpty() || p.id() != open.get().id()) {
                history.add(PlanView.of(p, today, profileHref(tabUrl)));
            }
        }
        Optional<CurrentPlan> current = open.map(p -> current(p, today, tabUrl, csrfToken, pagesBase, canWrite));
        Optional<String> create = canWrite && open.isEmpty() && latestCompleted.isPresent()
                ? Optional.of(ActionPlanTab.link(tabUrl, ActionPlanTab.VIEW + "=" + ActionPlanTab.VIEW_NEW))
                : Optional.empty();
        boolean noAssessment = canWrite && open.isEmpty() && latestCompleted.isEmpty();
        Optional<String> newAssessment = plans.stream().findFirst().flatMap(ActionPlan::latestReview)
                .filter(r -> r.newAssessmentRequested())
                .map(r -> "The review on " + UkFormat.date(r.reviewedOn()) + (r.newAssessmentId().isPresent()
                        ? " started a new profile: continue it on the pupil's Thrive tab."
                        : " asked for a new assessment: start one on the pupil's Thrive tab."));
        return new PlanTabView(banner, problem, current, history, create, noAssessment, newAssessment);
    }

    private static CurrentPlan current(ActionPlan p, LocalDate today, String tabUrl, String csrfToken, String pagesBase,
            boolean canWrite) {
        List<Button> buttons = new ArrayList<>();
        Optional<String> edit = Optional.empty();
        Optional<String> review = Optional.empty();
        if (canWrite) {
            String planParam = "&" + ActionPlanTab.PLAN + "=" + p.id();
            if (p.status().editable()) {
                edit = Optional.of(ActionPlanTab.link(tabUrl, ActionPlanTab.VIEW + "=" + ActionPlanTab.VIEW_EDIT + planParam));
            }
            if (p.status() == PlanStatus.DRAFT) {
                buttons.add(button(tabUrl, csrfToken, p, "activate", "Activate plan", ""));
            }
            if (p.status() == PlanStatus.ACTIVE) {
                review = Optional.of(ActionPlanTab.link(tabUrl, ActionPlanTab.VIEW + "=" + ActionPlanTab.VIEW_REVIEW + planParam));
            }
            if (p.status() == PlanStatus.REVIEWED) {
                buttons.add(button(tabUrl, csrfToken, p, "continue", "Continue the plan for another 8 weeks", ""));
            }
            buttons.add(button(tabUrl, csrfToken, p, "close", "Close plan", "govuk-button--warning"));
        }
        String base = pagesBase + "/" + p.id();
        String back = "?" + PlanPagesServlet.BACK + "=" + URLEncoder.encode(tabUrl, StandardCharsets.UTF_8);
        return new CurrentPlan(PlanView.of(p, today, profileHref(tabUrl)), buttons, edit, review, base + "/home-sheet" + back,
                base + "/summary" + back);
    }

    private static Button button(String tabUrl, String csrfToken, ActionPlan p, String command, String label,
            String style) {
        return new Button(tabUrl, CurrentUser.CSRF_FIELD, csrfToken, p.id(), p.version(), command, label, style);
    }
}

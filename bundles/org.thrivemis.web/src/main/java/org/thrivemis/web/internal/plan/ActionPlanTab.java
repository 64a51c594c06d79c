package org.thrivemis.web.internal.plan;

import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.api.plan.PlanSuggestions;
import org.thrivemis.api.plan.ReviewInput;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilRecordTab;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.mis.api.propertytypes.MisTab;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * The "Action plan" tab on the host's pupil record: the current plan and the plan history with
 * reviews (always readable), and for practitioners and senior leads the forms to create a plan from
 * the latest completed assessment, edit, activate, review, continue and close it. Every form posts
 * to the tab; the domain checks access, consent, versions and input and has the last word.
 */
@Component(service = PupilRecordTab.class)
@MisTab(id = ActionPlanTab.TAB_ID, order = 110, permission = ThriveAccess.VIEW_PERMISSION)
public final class ActionPlanTab implements PupilRecordTab {
    /** The tab's id in the pupil record ({@code tab=} in its address). */
    public static final String TAB_ID = "thrive-action-plan";

    static final String VIEW = "plan-view";
    static final String VIEW_NEW = "new";
    static final String VIEW_EDIT = "edit";
    static final String VIEW_REVIEW = "review";
    static final String PLAN = "plan";
    static final String SAVED = "plan-saved";

    private static final System.Logger LOG = System.getLogger(ActionPlanTab.class.getName());
    private static final Map<String, String> BANNERS = Map.of("create", "Action plan saved as a draft",
            "update", "Action plan changes saved", "activate", "Action plan activated", "review", "Review recorded",
            "continue", "Action plan continued for another cycle", "close", "Action plan closed");

    private final ActionPlanService plans;
    private final AssessmentService assessments;
    private final RoleMapping roles;
    private final Clock clock;
    private final Templates templates = new Templates();

    @Activate
    public ActionPlanTab(@Reference ActionPlanService plans, @Reference AssessmentService assessments,
            @Reference RoleMapping roles) {
        this(plans, assessments, roles, Clock.systemDefaultZone());
    }

    ActionPlanTab(ActionPlanService plans, AssessmentService assessments, RoleMapping roles, Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.roles = roles;
        this.clock = clock;
    }

    @Override
    public String label(Locale locale) {
        return "Action plan";
    }

    /** Teachers, practitioners and senior leads; office staff see consent status only. */
    @Override
    public boolean isVisible(Viewer viewer, Pupil pupil) {
        return ThriveAccess.actorOf(roles, viewer).hasAny(ThriveRole.TEACHER, ThriveRole.PRACTITIONER,
                ThriveRole.SENIOR_LEAD);
    }

    @Override
    public String render(TabRequest request) {
        Actor actor = ThriveAccess.actorOf(roles, request.viewer());
        String view = request.parameter(VIEW).orElse("");
        try {
            try {
                return switch (view) {
                    case VIEW_NEW -> newForm(request, actor);
                    case VIEW_EDIT -> editForm(request, actor, number(request.parameter(PLAN).orElse("")));
                    case VIEW_REVIEW -> reviewForm(request, actor, number(request.parameter(PLAN).orElse("")));
                    default -> overview(request, actor,
                            request.parameter(SAVED).map(BANNERS::get), Optional.empty());
                };
            } catch (ConsentRequiredException | NotFoundException | ValidationException e) {
                return overview(request, actor, Optional.empty(), Optional.of(notice(e)));
            }
        } catch (AccessDeniedException e) {
            return templates.render("plan/denied.jte", e.getMessage());
        } catch (RuntimeException e) {
            // the host's contract: a tab never throws; show a reference staff can quote to support
            return unavailable(e);
        }
    }

    @Override
    public TabResult submit(TabRequest request, Map<String, List<String>> form) {
        Actor actor = ThriveAccess.actorOf(roles, request.viewer());
        String command = PlanForm.first(form, "command");
        try {
            try {
                return switch (command) {
                    case "create", "update" -> savePlan(request, actor, command, form);
                    case "review" -> saveReview(request, actor, form);
                    case "activate", "continue", "close" -> move(request, actor, command, form);
                    default -> TabResult.show(overview(request, actor, Optional.empty(), Optional.of(new PlanTabView.Notice(
                            "The form could not be read", List.of("Reload the page and try again.")))), 400);
                };
            } catch (ConsentRequiredException | NotFoundException e) {
                return TabResult.show(overview(request, actor, Optional.empty(), Optional.of(notice(e))),
                        e instanceof NotFoundException ? 404 : ThriveAccess.NO_CONSENT_STATUS);
            }
        } catch (AccessDeniedException e) {
            return TabResult.show(templates.render("plan/denied.jte", e.getMessage()), 403);
        } catch (RuntimeException e) {
            return TabResult.show(unavailable(e), 500);
        }
    }

    private TabResult savePlan(TabRequest request, Actor actor, String command, Map<String, List<String>> form) {
        PlanForm entered = PlanForm.from(form);
        PlanForm.Reading reading = entered.read(today());
        boolean creating = "create".equals(command);
        if (!reading.problems().isEmpty()) {
            return TabResult.show(formPage(request, actor, creating, entered, reading.problems(), Optional.empty()), 400);
        }
        try {
            if (creating) {
                plans.create(actor, request.pupil().id(), number(entered.assessmentId()), reading.draft());
            } else {
                plans.update(actor, number(entered.planId()), number(entered.version()), reading.draft());
            }
            return TabResult.redirect(link(request.tabUrl(), SAVED + "=" + command));
        } catch (ValidationException e) {
            return TabResult.show(formPage(request, actor, creating, entered, e.problems(), Optional.empty()), 400);
        } catch (ConflictException e) {
            // keep the user's entries; the hidden version becomes the stored one, so saving again is a
            // deliberate choice made after reading what the other person changed
            PlanForm kept = new PlanForm(entered.assessmentId(), entered.planId(), String.valueOf(e.currentVersion()),
                    entered.targets(), entered.ownTargets(), entered.activities(), entered.ownSchool(),
                    entered.ownHome(), entered.notes(), entered.startDate(), entered.reviewDate());
            return TabResult.show(formPage(request, actor, creating, kept, List.of(), Optional.of(e)), 409);
        }
    }

    private TabResult saveReview(TabRequest request, Actor actor, Map<String, List<String>> form) {
        long planId = number(PlanForm.first(form, "planId"));
        ActionPlan plan = plans.get(actor, planId);
        ReviewFormView.Posted posted = ReviewFormView.Posted.from(form, plan.targets().size());
        Map.Entry<ReviewInput, List<Problem>> reading = posted.read(today());
        if (!reading.getValue().isEmpty()) {
            return TabResult.show(reviewPage(request, plan, posted, reading.getValue(), Optional.empty()), 400);
        }
        try {
            plans.review(actor, planId, number(posted.version()), reading.getKey());
            return TabResult.redirect(link(request.tabUrl(), SAVED + "=review"));
        } catch (ValidationException e) {
            return TabResult.show(reviewPage(request, plan, posted, e.problems(), Optional.empty()), 400);
        } catch (ConflictException e) {
            ActionPlan now = plans.get(actor, planId);
            ReviewFormView.Posted kept = new ReviewFormView.Posted(String.valueOf(e.currentVersion()),
                    posted.progress(), posted.reviewedOn(), posted.notes(), posted.newAssessment());
            return TabResult.show(reviewPage(request, now, kept, List.of(), Optional.of(e)), 409);
        }
    }

    private TabResult move(TabRequest request, Actor actor, String command, Map<String, List<String>> form) {
        long planId = number(PlanForm.first(form, "planId"));
        long version = number(PlanForm.first(form, "version"));
        try {
            switch (command) {
                case "activate" -> plans.activate(actor, planId, version);
                case "continue" -> plans.continuePlan(actor, planId, version, Optional.empty());
                default -> plans.close(actor, planId, version);
            }
            return TabResult.redirect(link(request.tabUrl(), SAVED + "=" + command));
        } catch (ValidationException e) {
            return TabResult.show(overview(request, actor, Optional.empty(), Optional.of(notice(e))), 400);
        } catch (ConflictException e) {
            return TabResult.show(overview(request, actor, Optional.empty(), Optional.of(conflictNotice(e))), 409);
        }
    }

    private String overview(TabRequest request, Actor actor, Optional<String> banner, Optional<PlanTabView.Notice> problem) {
        String pupilId = request.pupil().id();
        List<ActionPlan> all = plans.plansOf(actor, pupilId);
        boolean canWrite = actor.hasAny(ThriveRole.PRACTITIONER, ThriveRole.SENIOR_LEAD);
        Optional<Long> latest = canWrite ? latestCompleted(actor, pupilId) : Optional.empty();
        return templates.render("plan/tab.jte", PlanTabView.of(all, today(), request.tabUrl(), request.csrfToken(),
                pagesBase(pupilId), canWrite, latest, banner, problem));
    }

    private String newForm(TabRequest request, Actor actor) {
        long assessmentId = latestCompleted(actor, request.pupil().id()).orElseThrow(() -> new NotFoundException(
                "This pupil has no completed assessment: complete an individual assessment on the Thrive tab first"));
        return formPage(request, actor, true, PlanForm.fresh(assessmentId, today()), List.of(), Optional.empty());
    }

    private String editForm(TabRequest request, Actor actor, long planId) {
        return formPage(request, actor, false, PlanForm.of(plans.get(actor, planId)), List.of(), Optional.empty());
    }

    private String formPage(TabRequest request, Actor actor, boolean creating, PlanForm values, List<Problem> problems,
            Optional<ConflictException> conflict) {
        PlanSuggestions s = plans.suggestions(actor, request.pupil().id(), number(values.assessmentId()));
        return templates.render("plan/form.jte", PlanFormView.of(request.tabUrl(), request.csrfToken(), creating, values,
                s.targets(), s.activities(), s.samplePack(), problems, conflict));
    }

    private String reviewForm(TabRequest request, Actor actor, long planId) {
        ActionPlan plan = plans.get(actor, planId);
        return reviewPage(request, plan, ReviewFormView.Posted.fresh(plan, today()), List.of(), Optional.empty());
    }

    private String reviewPage(TabRequest request, ActionPlan plan, ReviewFormView.Posted posted, List<Problem> problems,
            Optional<ConflictException> conflict) {
        return templates.render("plan/review.jte", ReviewFormView.of(request.tabUrl(), request.csrfToken(), plan, posted,
                problems, conflict));
    }

    private Optional<Long> latestCompleted(Actor actor, String pupilId) {
        // history is newest first, drafts included
        return assessments.history(actor, pupilId).stream()
                .filter(p -> p.assessment().status() == AssessmentStatus.COMPLETED)
                .map(p -> p.assessment().id()).findFirst();
    }

    private static PlanTabView.Notice notice(RuntimeException e) {
        if (e instanceof ValidationException v) {
            return new PlanTabView.Notice("The plan was not changed", v.problems().stream().map(Problem::message).toList());
        }
        if (e instanceof ConsentRequiredException) {
            return new PlanTabView.Notice("No parental consent for action plans", List.of(e.getMessage()));
        }
        return new PlanTabView.Notice("Not found", List.of(e.getMessage()));
    }

    private static PlanTabView.Notice conflictNotice(ConflictException e) {
        List<String> lines = new ArrayList<>();
        lines.add("Someone else changed this plan: " + e.changedBy() + " saved it since you opened it. Nothing was"
                + " changed by you; check the plan below and try again.");
        lines.addAll(e.changes());
        return new PlanTabView.Notice("Someone else changed this plan", lines);
    }

    private String unavailable(RuntimeException e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Action plan tab failed, reference " + reference, e);
        return templates.render("plan/unavailable.jte", reference);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String pagesBase(String pupilId) {
        return PlanPagesServlet.PREFIX + "/" + URLEncoder.encode(pupilId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/plans";
    }

    /** The tab's address with a query parameter added. */
    static String link(String tabUrl, String parameter) {
        return tabUrl + (tabUrl.contains("?") ? "&" : "?") + parameter;
    }

    /** A number from a form or link; anything else names no plan. */
    private static long number(String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException("The link or form names no plan (\"" + value
                    + "\"): open the Action plan tab again and choose the plan from there");
        }
    }
}

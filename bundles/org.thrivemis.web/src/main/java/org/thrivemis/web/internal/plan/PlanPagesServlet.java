package org.thrivemis.web.internal.plan;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;

/**
 * The printable pages of a plan, outside the host's page chrome so they print cleanly:
 * {@code /thrive/pupils/{id}/plans/{planId}/home-sheet} (the home activities for parents) and
 * {@code .../summary} (one page for a support meeting). Same sign-in as the MIS through
 * {@link CurrentUser}; reading the plan is checked and audited by the plan service.
 */
@Component(service = Servlet.class)
@Designate(ocd = PlanPagesConfig.class)
@HttpWhiteboardServletPattern(PlanPagesServlet.PREFIX + "/*")
@HttpWhiteboardServletName("thrive-plan-pages")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class PlanPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(PlanPagesServlet.class.getName());

    static final String PREFIX = "/thrive/pupils";
    /** Query parameter: the tab the page was opened from, for the "Back" link. */
    static final String BACK = "back";
    private static final Pattern PATH = Pattern.compile("/([^/]+)/plans/([0-9]{1,18})/(home-sheet|summary)/?");

    private final transient ActionPlanService plans;
    private final transient AssessmentService assessments;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient PupilDirectory pupils;
    private final transient PlanPagesConfig config;
    private final transient Clock clock;
    private final transient Templates templates = new Templates();

    @Activate
    public PlanPagesServlet(@Reference ActionPlanService plans, @Reference AssessmentService assessments,
            @Reference RoleMapping roles, @Reference CurrentUser currentUser, @Reference PupilDirectory pupils,
            PlanPagesConfig config) {
        this(plans, assessments, roles, currentUser, pupils, config, Clock.systemDefaultZone());
    }

    PlanPagesServlet(ActionPlanService plans, AssessmentService assessments, RoleMapping roles, CurrentUser currentUser,
            PupilDirectory pupils, PlanPagesConfig config, Clock clock) {
        this.plans = plans;
        this.assessments = assessments;
        this.roles = roles;
        this.currentUser = currentUser;
        this.pupils = pupils;
        this.config = config;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            send(response, 404, message("Page not found", "There is no such page. Open the pupil's Action plan tab"
                    + " and use its print links."));
            return;
        }
        Optional<Viewer> viewer = currentUser.viewer(request);
        if (viewer.isEmpty()) {
            send(response, 401, message("Sign in", "You are not signed in. Sign in to the MIS, then open this page"
                    + " again from the pupil's Action plan tab."));
            return;
        }
        String pupilId = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
        try {
            send(response, 200, page(ThriveAccess.actorOf(roles, viewer.get()), pupilId, Long.parseLong(m.group(2)),
                    "summary".equals(m.group(3)), backLink(request.getParameter(BACK))));
        } catch (AccessDeniedException e) {
            send(response, 403, message("You cannot see this plan", e.getMessage()));
        } catch (NotFoundException e) {
            send(response, 404, message("Plan not found", e.getMessage()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "Plan page " + request.getPathInfo() + " failed, reference " + reference, e);
            send(response, 500, message("Sorry, there is a problem", "The page cannot be shown right now. Give your MIS"
                    + " support team this reference: " + reference));
        }
    }

    private String page(Actor actor, String pupilId, long planId, boolean summary, Optional<String> back) {
        ActionPlan plan = plans.get(actor, planId);
        if (!plan.pupilId().equals(pupilId)) {
            // the same answer as for a plan that does not exist: the address names another pupil's plan
            throw new NotFoundException("Pupil " + pupilId + " has no action plan " + planId);
        }
        Pupil pupil = pupils.pupil(pupilId).orElseThrow(() -> new NotFoundException("No pupil with id " + pupilId));
        LocalDate today = LocalDate.now(clock);
        Optional<String> stage = Optional.empty();
        List<PlanView.Line> strands = new ArrayList<>();
        // an imported plan names no profile when the export had none before it started (id 0)
        if (summary && plan.assessmentId() != 0) {
            Assessment assessment = assessments.get(actor, plan.assessmentId());
            ProfileResult result = assessments.result(assessment);
            stage = Optional.of("Working stage: " + result.workingStage().map(s -> s.label()).orElse("no gaps")
                    + "; expected for age: " + result.ageExpectedStage().label() + " (assessment of "
                    + UkFormat.date(assessment.assessedOn()) + ")");
            for (StrandResult s : result.strands()) {
                strands.add(new PlanView.Line(s.strand().label(), s.percentSecure() + "% secure, " + s.gaps().size()
                        + (s.gaps().size() == 1 ? " gap" : " gaps")));
            }
        }
        String name = pupil.givenName() + " " + pupil.familyName();
        PrintPage page = new PrintPage((summary ? "Support meeting summary: " : "Home activities for ") + name,
                config.stylesheet(), Optional.of(config.schoolName()).filter(s -> !s.isBlank()), name,
                UkFormat.date(pupil.dateOfBirth()), back, PlanView.of(plan, today), stage, strands);
        return templates.render(summary ? "plan/summary.jte" : "plan/homeSheet.jte", page);
    }

    private String message(String title, String text) {
        return templates.render("plan/message.jte", new MessagePage(title, text, config.stylesheet()));
    }

    /** Only a path on this server: never a link to another site. */
    static Optional<String> backLink(String value) {
        return Optional.ofNullable(value).filter(v -> v.startsWith("/") && !v.startsWith("//") && !v.contains("\\"));
    }

    /** A page with one message, e.g. "Sign in". */
    public record MessagePage(String title, String text, String stylesheet) {
    }

    private static void send(HttpServletResponse response, int status, String html) throws IOException {
        Templates.sendHtml(response, status, html);
    }
}

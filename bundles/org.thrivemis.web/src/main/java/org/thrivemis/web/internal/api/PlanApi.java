package org.thrivemis.web.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.api.ApiExchange.Reply;

/**
 * The plan endpoints of the JSON API, with the consent API's error shapes:
 * <ul>
 * <li>{@code GET|POST /api/v1/pupils/{id}/plans}, {@code GET /api/v1/pupils/{id}/plans/suggestions?assessmentId=N}</li>
 * <li>{@code GET|PUT /api/v1/plans/{planId}}; {@code POST /api/v1/plans/{planId}/activate|continue|close|reviews}</li>
 * </ul>
 * Every change needs {@code If-Match} with the version the client read (the {@code ETag} of GET);
 * a stale one is answered 409 with what changed, a missing one 428.
 */
final class PlanApi {
    private static final System.Logger LOG = System.getLogger(PlanApi.class.getName());
    static final String API = "/api/v1";
    static final int MAX_BODY = 256 * 1024;
    static final Pattern PUPIL_PLANS = Pattern.compile("/pupils/([^/]+)/plans(/suggestions)?/?");
    private static final Pattern PLAN = Pattern.compile("/plans/([0-9]{1,18})(?:/(activate|continue|close|reviews))?/?");

    private final ActionPlanService plans;
    private final RoleMapping roles;
    private final CurrentUser currentUser;
    private final Json json = new Json();

    PlanApi(ActionPlanService plans, RoleMapping roles, CurrentUser currentUser) {
        this.plans = plans;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    /** Answers a request for {@code path} (the part after {@code /api/v1}). */
    void serve(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        ApiExchange.serve(json, request, response, path, "Someone else changed this plan", LOG, () -> handle(request, path));
    }

    private static Reply planReply(int status, ActionPlan plan, Optional<String> location) {
        return Reply.versioned(status, PlanJson.of(plan), plan.version(), location);
    }

    private Reply handle(HttpServletRequest request, String path) throws IOException {
        Matcher pupil = PUPIL_PLANS.matcher(path);
        Matcher plan = PLAN.matcher(path);
        if (!pupil.matches() && !plan.matches()) {
            throw new ApiError(404, "There is no " + path + " in the Thrive API; plans are at /pupils/{id}/plans"
                    + " and /plans/{planId}");
        }
        Viewer viewer = currentUser.viewer(request).orElseThrow(() -> new ApiError(401,
                "You are not signed in: sign in to the MIS, then call the API with the same session"));
        Actor actor = ThriveAccess.actorOf(roles, viewer);
        String method = request.getMethod();
        if (pupil.matches()) {
            String pupilId = URLDecoder.decode(pupil.group(1), StandardCharsets.UTF_8);
            boolean suggestions = pupil.group(2) != null;
            ApiExchange.allow(currentUser, method, suggestions ? List.of("GET") : List.of("GET", "POST"), request);
            if (suggestions) {
                long assessmentId = number(request.getParameter("assessmentId"), "assessmentId");
                return Reply.of(200, PlanJson.SuggestionsJson.of(plans.suggestions(actor, pupilId, assessmentId)));
            }
            if ("GET".equals(method)) {
                return Reply.of(200, plans.plansOf(actor, pupilId).stream().map(PlanJson::of).toList());
            }
            PlanBodies.PlanBody body = json.read(ApiExchange.body(request, MAX_BODY, "plan"), PlanBodies.PlanBody.class);
            if (body.assessmentId() == null) {
                throw new ValidationException(List.of(new org.thrivemis.api.Problem("assessmentId", "",
                        "Give the id of the completed assessment the plan is made from")));
            }
            ActionPlan created = plans.create(actor, pupilId, body.assessmentId(), body.toDraft());
            return planReply(201, created, Optional.of(request.getContextPath() + API + "/plans/" + created.id()));
        }
        long planId = Long.parseLong(plan.group(1));
        String step = plan.group(2);
        if (step == null) {
            ApiExchange.allow(currentUser, method, List.of("GET", "PUT"), request);
            if ("GET".equals(method)) {
                return planReply(200, plans.get(actor, planId), Optional.empty());
            }
            long version = ApiExchange.ifMatch(request, "plan", "GET /api/v1/plans/{planId}");
            PlanBodies.PlanBody body = json.read(ApiExchange.body(request, MAX_BODY, "plan"), PlanBodies.PlanBody.class);
            return planReply(200, plans.update(actor, planId, version, body.toDraft()), Optional.empty());
        }
        ApiExchange.allow(currentUser, method, List.of("POST"), request);
        long version = ApiExchange.ifMatch(request, "plan", "GET /api/v1/plans/{planId}");
        ActionPlan changed = switch (step) {
            case "activate" -> plans.activate(actor, planId, version);
            case "close" -> plans.close(actor, planId, version);
            case "continue" -> plans.continuePlan(actor, planId, version, Optional.ofNullable(
                    optionalBody(request).map(b -> json.read(b, PlanBodies.ContinueBody.class).reviewDate()).orElse(null)));
            default -> plans.review(actor, planId, version,
                    json.read(ApiExchange.body(request, MAX_BODY, "plan"), PlanBodies.ReviewBody.class).toInput());
        };
        return planReply(200, changed, Optional.empty());
    }


    private static long number(String value, String name) {
        try {
            return Long.parseLong(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new ApiError(400, "Give " + name + " as a number in the query, for example ?" + name + "=12");
        }
    }

    private static Optional<byte[]> optionalBody(HttpServletRequest request) throws IOException {
        byte[] body = ApiExchange.body(request, MAX_BODY, "plan");
        return new String(body, StandardCharsets.UTF_8).isBlank() ? Optional.empty() : Optional.of(body);
    }



    /** The address of a pupil's plans, for links. */
    static String pupilPlans(String contextPath, String pupilId) {
        return contextPath + API + "/pupils/" + URLEncoder.encode(pupilId, StandardCharsets.UTF_8).replace("+", "%20")
                + "/plans";
    }
}

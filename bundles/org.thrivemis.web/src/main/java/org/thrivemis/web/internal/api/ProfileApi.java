package org.thrivemis.web.internal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.api.ApiExchange.Reply;

/**
 * The profile endpoints of the JSON API, with the consent API's error shapes:
 * <ul>
 * <li>{@code GET /api/v1/pupils/{id}/profiles} (newest first, drafts included, each with its result);
 * {@code POST} starts a draft ({@code {"kind":"BASELINE"|"BEHAVIOUR","reason":"…","assessedOn":"2025-03-03"}})</li>
 * <li>{@code GET|PUT /api/v1/profiles/{aid}} ({@code PUT {"levels":{"being-01":"SECURE"}}} merges levels);
 * {@code POST /api/v1/profiles/{aid}/complete}</li>
 * </ul>
 * Every change to a profile needs {@code If-Match} with the version read (the {@code ETag} of GET):
 * stale is 409 with what changed, missing is 428. No current consent is 403, like a refused access.
 */
final class ProfileApi {
    private static final System.Logger LOG = System.getLogger(ProfileApi.class.getName());
    static final String API = "/api/v1";
    static final int MAX_BODY = 64 * 1024;
    static final Pattern PUPIL_PROFILES = Pattern.compile("/pupils/([^/]+)/profiles/?");
    private static final Pattern PROFILE = Pattern.compile("/profiles/([0-9]{1,18})(?:/(complete))?/?");

    private final AssessmentService assessments;
    private final RoleMapping roles;
    private final CurrentUser currentUser;
    private final Json json = new Json();

    ProfileApi(AssessmentService assessments, RoleMapping roles, CurrentUser currentUser) {
        this.assessments = assessments;
        this.roles = roles;
        this.currentUser = currentUser;
    }


    /** Answers a request for {@code path} (the part after {@code /api/v1}). */
    void serve(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        ApiExchange.serve(json, request, response, path, "Someone else saved this profile", LOG, () -> handle(request, path));
    }

    private static Reply profileReply(int status, ProfileJson.AssessmentJson body, Optional<String> location) {
        return Reply.versioned(status, body, body.version(), location);
    }

    private Reply handle(HttpServletRequest request, String path) throws IOException {
        Matcher pupil = PUPIL_PROFILES.matcher(path);
        Matcher profile = PROFILE.matcher(path);
        if (!pupil.matches() && !profile.matches()) {
            throw new ApiError(404, "There is no " + path + " in the Thrive API; profiles are at /pupils/{id}/profiles"
                    + " and /profiles/{id}");
        }
        Viewer viewer = currentUser.viewer(request).orElseThrow(() -> new ApiError(401,
                "You are not signed in: sign in to the MIS, then call the API with the same session"));
        Actor actor = ThriveAccess.actorOf(roles, viewer);
        String method = request.getMethod();
        if (pupil.matches()) {
            String pupilId = URLDecoder.decode(pupil.group(1), StandardCharsets.UTF_8);
            ApiExchange.allow(currentUser, method, List.of("GET", "POST"), request);
            if ("GET".equals(method)) {
                return Reply.of(200, assessments.history(actor, pupilId).stream().map(ProfileJson.AssessmentJson::of)
                        .toList());
            }
            ProfileJson.StartBody body = json.read(ApiExchange.body(request, MAX_BODY, "profile"), ProfileJson.StartBody.class);
            LocalDate on = body.assessedOn() == null ? LocalDate.now(UkFormat.SCHOOL_ZONE) : body.assessedOn();
            Assessment started = assessments.start(actor, pupilId, body.kind(), body.reason(), on);
            return profileReply(201, json(started), Optional.of(request.getContextPath() + API + "/profiles/"
                    + started.id()));
        }
        long id = Long.parseLong(profile.group(1));
        if (profile.group(2) == null) {
            ApiExchange.allow(currentUser, method, List.of("GET", "PUT"), request);
            if ("GET".equals(method)) {
                return profileReply(200, json(assessments.get(actor, id)), Optional.empty());
            }
            long version = ApiExchange.ifMatch(request, "profile", "GET /api/v1/profiles/{id}");
            ProfileJson.LevelsBody body = json.read(ApiExchange.body(request, MAX_BODY, "profile"), ProfileJson.LevelsBody.class);
            Map<String, org.thrivemis.api.profile.Level> levels = body.levels() == null ? Map.of() : body.levels();
            if (levels.containsValue(null)) {
                throw new ValidationException(List.of(new org.thrivemis.api.Problem("levels", "null",
                        "Give every statement a level: NOT_YET, EMERGING or SECURE")));
            }
            return profileReply(200, json(assessments.saveLevels(actor, id, version, levels)), Optional.empty());
        }
        ApiExchange.allow(currentUser, method, List.of("POST"), request);
        long version = ApiExchange.ifMatch(request, "profile", "GET /api/v1/profiles/{id}");
        return profileReply(200, json(assessments.complete(actor, id, version)), Optional.empty());
    }

    private ProfileJson.AssessmentJson json(Assessment a) {
        return ProfileJson.AssessmentJson.of(a, assessments.result(a));
    }



}

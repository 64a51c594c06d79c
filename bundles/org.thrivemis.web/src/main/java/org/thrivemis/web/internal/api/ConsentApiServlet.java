package org.thrivemis.web.internal.api;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * The Thrive JSON API, {@code /api/v1/pupils/{id}/consents}: read a pupil's consent, record a
 * decision. It runs in the whiteboard's default context so the host's session and
 * {@link CurrentUser} apply: one sign-in for the MIS and its API.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(ConsentApiServlet.PATTERN)
@HttpWhiteboardServletName("thrive-api")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ConsentApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ConsentApiServlet.class.getName());

    static final String PATTERN = "/api/v1/*";
    static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** A consent decision is a few hundred bytes; anything far larger is not one. */
    static final int MAX_BODY = 64 * 1024;

    private final transient ConsentService consents;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient PupilDirectory pupils;
    private final transient Json json = new Json();

    @Activate
    public ConsentApiServlet(@Reference ConsentService consents, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser, @Reference PupilDirectory pupils) {
        this.consents = consents;
        this.roles = roles;
        this.currentUser = currentUser;
        this.pupils = pupils;
    }

    /** An answer: status, body, and for a created record its address. */
    private record Reply(int status, Object body, Optional<String> location) {
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            Reply reply = handle(request);
            reply.location().ifPresent(l -> response.setHeader("Location", l));
            send(response, reply.status(), reply.body());
        } catch (ApiError e) {
            e.headers().forEach(response::setHeader);
            send(response, e.status(), new ErrorJson.Message(e.getMessage()));
        } catch (BadJsonException e) {
            send(response, 400, new ErrorJson.Problems(List.of(e.problem())));
        } catch (ValidationException e) {
            send(response, 400, new ErrorJson.Problems(e.problems()));
        } catch (AccessDeniedException e) {
            send(response, 403, new ErrorJson.Message(e.getMessage()));
        } catch (NotFoundException e) {
            send(response, 404, new ErrorJson.Message(e.getMessage()));
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.ERROR, "Thrive API " + request.getMethod() + " " + request.getPathInfo()
                    + " failed, reference " + reference, e);
            send(response, 500, new ErrorJson.Message(
                    "Something went wrong on the server; quote reference " + reference + " to your MIS support team",
                    reference));
        }
    }

    private Reply handle(HttpServletRequest request) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        ApiRoute route = ApiRoute.parse(path).orElseThrow(() -> new ApiError(404,
                "There is no " + path + " in the Thrive API; its resources are /pupils/{id}/consents"));
        Viewer viewer = currentUser.viewer(request).orElseThrow(() -> new ApiError(401,
                "You are not signed in: sign in to the MIS, then call the API with the same session"));
        String method = request.getMethod();
        if (!route.methods().contains(method)) {
            throw ApiError.methodNotAllowed(method, route.methods());
        }
        if (!"GET".equals(method) && !currentUser.csrfValid(request)) {
            throw new ApiError(403, "Missing or wrong CSRF token: send the session's token in the X-CSRF-Token header");
        }
        Pupil pupil = pupils.pupil(route.pupilId())
                .orElseThrow(() -> new ApiError(404, "There is no pupil with id \"" + route.pupilId() + "\""));
        Actor actor = ThriveAccess.actorOf(roles, viewer);
        if ("POST".equals(method)) {
            ConsentBody body = json.read(body(request), ConsentBody.class);
            ConsentRecord created = consents.record(actor, pupil.id(), body.toRequest());
            String location = request.getContextPath() + request.getServletPath() + "/pupils/"
                    + URLEncoder.encode(pupil.id(), StandardCharsets.UTF_8).replace("+", "%20")
                    + "/consents/" + created.id();
            return new Reply(201, ConsentRecordJson.of(created), Optional.of(location));
        }
        ConsentStatus status = consents.status(actor, pupil.id());
        if (route.recordId().isEmpty()) {
            return new Reply(200, ConsentStatusJson.of(status), Optional.empty());
        }
        long id = route.recordId().get();
        return status.history().stream().filter(r -> r.id() == id).findFirst()
                .map(r -> new Reply(200, ConsentRecordJson.of(r), Optional.empty()))
                .orElseThrow(() -> new ApiError(404, "Pupil \"" + pupil.id() + "\" has no consent record " + id));
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                throw new ApiError(413, "The request body is over " + MAX_BODY + " bytes; a consent decision is far smaller");
            }
            return body;
        }
    }

    private void send(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes = json.write(body);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}

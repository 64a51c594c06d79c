package org.thrivemis.web.internal.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterRegex;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.dataprotection.DataProtectionService;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * {@code GET /api/v1/pupils/{id}/subject-access}: a pupil's complete Thrive record as JSON (the
 * domain's {@code SubjectAccessRecord}: roster entries, consents, profiles, plans, audit), served as
 * a download. Absent optional values are {@code null}. A filter for the same reason as
 * {@link PupilProfilesApiFilter}: the pupil id sits in the middle of the path.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterRegex("^" + ProfileApi.API + "/pupils/[^/]+/subject-access/?$")
@HttpWhiteboardFilterName("thrive-api-subject-access")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class SubjectAccessApiFilter implements Filter {
    static final Pattern PATH = Pattern.compile(ProfileApi.API + "/pupils/([^/]+)/subject-access/?");

    private final DataProtectionService service;
    private final RoleMapping roles;
    private final CurrentUser currentUser;
    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule("optional-as-value").addSerializer(new OptionalSerializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    @Activate
    public SubjectAccessApiFilter(@Reference DataProtectionService service, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.service = service;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        out.setHeader("Cache-Control", "no-store");
        if (!"GET".equals(http.getMethod())) {
            out.setHeader("Allow", "GET");
            send(out, 405, new ErrorJson.Message("Only GET: the subject access record is read-only"));
            return;
        }
        Optional<Actor> actor = currentUser.viewer(http).map(v -> ThriveAccess.actorOf(roles, v));
        if (actor.isEmpty()) {
            send(out, 401, new ErrorJson.Message("Sign in to the MIS first"));
            return;
        }
        String pupilId = m.group(1);
        try {
            Object record = service.subjectAccess(actor.get(), pupilId);
            out.setHeader("Content-Disposition", "attachment; filename=\"thrive-subject-access-"
                    + pupilId.replaceAll("[^A-Za-z0-9_-]", "_") + ".json\"");
            send(out, 200, record);
        } catch (AccessDeniedException e) {
            send(out, 403, new ErrorJson.Message(e.getMessage()));
        } catch (NotFoundException e) {
            send(out, 404, new ErrorJson.Message(e.getMessage()));
        }
    }

    private void send(HttpServletResponse response, int status, Object body) throws IOException {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
        response.setStatus(status);
        response.setContentType(ConsentApiServlet.CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Writes an Optional as its value, or null: the domain's records use Optional for absent values. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class OptionalSerializer extends StdSerializer<Optional> {
        private static final long serialVersionUID = 1L;

        OptionalSerializer() {
            super(Optional.class);
        }

        @Override
        public void serialize(Optional value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }
}

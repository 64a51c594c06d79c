package org.thrivemis.web.internal.earlywarning;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/** {@code /thrive/early-warning}: the senior leads' early-warning list (others get 403 with the reason). */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(EarlyWarningServlet.PATH)
@HttpWhiteboardServletName("thrive-early-warning")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class EarlyWarningServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/early-warning";

    private final transient EarlyWarnings warnings;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();

    @Activate
    public EarlyWarningServlet(@Reference EarlyWarnings warnings, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.warnings = warnings;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = ThriveAccess.viewerOrSignIn(currentUser, request, response);
        if (viewer.isEmpty()) {
            return;
        }
        Actor actor = ThriveAccess.actorOf(roles, viewer.get());
        List<School> schools = warnings.schoolsOf(actor);
        // per school, as the impact page does; a key the viewer does not see is ignored
        String school = Optional.ofNullable(request.getParameter("school"))
                .filter(k -> schools.stream().anyMatch(s -> s.key().equals(k))).orElse("");
        if (warnings.waitingForSchools(actor)) {
            response.setHeader("Retry-After", "60");
            templates.respond(response, 503, "earlywarning/page.jte", new EarlyWarningView(
                    "/assets/govuk-frontend.min.css", warnings.criteria(), List.of(),
                    Optional.of(ThriveAccess.SCHOOLS_NOT_KNOWN_YET), List.of(), ""));
            return;
        }
        try {
            List<Warning> list = warnings.warnings(actor, school);
            templates.respond(response, 200, "earlywarning/page.jte", new EarlyWarningView(
                    "/assets/govuk-frontend.min.css", warnings.criteria(), list, Optional.empty(), schools, school));
        } catch (AccessDeniedException e) {
            templates.respond(response, 403, "earlywarning/page.jte", new EarlyWarningView(
                    "/assets/govuk-frontend.min.css", warnings.criteria(), List.of(), Optional.of(e.getMessage()),
                    List.of(), ""));
        }
    }

    /**
     * The page.
     *
     * @param stylesheet GOV.UK Frontend's stylesheet
     * @param criteria the thresholds in words
     * @param warnings the pupils listed
     * @param refusal why the viewer may not see the list
     * @param schools the schools of the trust the viewer covers (a filter and a School column for more than one)
     * @param school the key of the school chosen, empty for all of them
     */
    public record EarlyWarningView(String stylesheet, String criteria, List<Warning> warnings, Optional<String> refusal,
            List<School> schools, String school) {
        public EarlyWarningView {
            schools = List.copyOf(schools);
        }

        /** Whether the viewer covers several schools: the page has a school filter and a School column. */
        public boolean severalSchools() {
            return schools.size() > 1;
        }

        /** The name of the school chosen, or empty for every school the viewer covers. */
        public String schoolName() {
            return schools.stream().filter(s -> s.key().equals(school)).map(School::name).findFirst().orElse("");
        }
    }
}

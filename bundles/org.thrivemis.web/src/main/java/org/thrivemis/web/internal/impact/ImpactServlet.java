package org.thrivemis.web.internal.impact;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * {@code /thrive/impact}: attendance before, during and after action plans against pupils without a
 * plan, as a chart and a table; {@code /thrive/impact.csv} the same figures as a download. Senior
 * leads see the school, teachers their classes; others get 403 with the reason.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({ImpactServlet.PATH, ImpactServlet.CSV_PATH})
@HttpWhiteboardServletName("thrive-impact")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ImpactServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/impact";
    static final String CSV_PATH = "/thrive/impact.csv";
    private static final String STYLESHEET = "/assets/govuk-frontend.min.css";

    private final transient ImpactReport report;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();

    @Activate
    public ImpactServlet(@Reference ImpactReport report, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.report = report;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = ThriveAccess.viewerOrSignIn(currentUser, request, response);
        if (viewer.isEmpty()) {
            return;
        }
        boolean csv = CSV_PATH.equals(request.getServletPath());
        List<ImpactRow> rows;
        Actor actor = ThriveAccess.actorOf(roles, viewer.get());
        List<School> schools = report.schoolsOf(actor);
        // per school, as the class view's issue asks; a key the viewer does not see is ignored
        String school = Optional.ofNullable(request.getParameter("school"))
                .filter(k -> schools.stream().anyMatch(s -> s.key().equals(k))).orElse("");
        if (report.waitingForSchools(actor)) {
            response.setHeader("Retry-After", "60");
            templates.respond(response, 503, "impact/page.jte",
                    ImpactView.refused(STYLESHEET, ThriveAccess.SCHOOLS_NOT_KNOWN_YET));
            return;
        }
        try {
            rows = report.rows(actor, school);
        } catch (AccessDeniedException e) {
            templates.respond(response, 403, "impact/page.jte", ImpactView.refused(STYLESHEET, e.getMessage()));
            return;
        }
        if (csv) {
            byte[] body = ImpactCsv.of(rows, report.weeksBefore()).getBytes(StandardCharsets.UTF_8);
            response.setStatus(200);
            response.setContentType("text/csv;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"thrive-impact-" + report.today() + ".csv\"");
            response.setHeader("Cache-Control", "no-store"); // pupils' special-category data
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        templates.respond(response, 200, "impact/page.jte", ImpactView.of(STYLESHEET, rows, report.weeksBefore(), schools, school));
    }
}

package org.thrivemis.web.internal.roster;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.NeedsBaseline;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * {@code /thrive/roster/baseline}: pupils new to the school that a roster sync flagged for a
 * baseline profile, for office staff and practitioners. The domain checks the role and audits
 * the read.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(BaselineServlet.PATH)
@HttpWhiteboardServletName("thrive-roster-baseline")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class BaselineServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/roster/baseline";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final transient NeedsBaseline needsBaseline;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();

    @Activate
    public BaselineServlet(@Reference NeedsBaseline needsBaseline, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.needsBaseline = needsBaseline;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = ThriveAccess.viewerOrSignIn(currentUser, request, response);
        if (viewer.isEmpty()) {
            return;
        }
        RosterViews.BaselineView view;
        int status = 200;
        try {
            List<RosterViews.BaselineRow> rows = needsBaseline.pupils(ThriveAccess.actorOf(roles, viewer.get()))
                    .stream().map(BaselineServlet::row).toList();
            view = new RosterViews.BaselineView(RosterViews.STYLESHEET, rows, Optional.empty());
        } catch (AccessDeniedException e) {
            status = 403;
            view = new RosterViews.BaselineView(RosterViews.STYLESHEET, List.of(), Optional.of(e.getMessage()));
        }
        templates.respond(response, status, "roster/baseline.jte", view);
    }

    static RosterViews.BaselineRow row(BaselinePupil p) {
        return new RosterViews.BaselineRow(p.givenName() + " " + p.familyName(), p.upn().orElse("Not known"),
                p.dateOfBirth().map(DATE::format).orElse("Not known"), String.join(", ", p.schools()),
                DATE.format(p.flaggedAt().atZone(java.time.ZoneId.systemDefault())));
    }
}

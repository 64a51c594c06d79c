package org.thrivemis.web.internal.api;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.mis.api.CurrentUser;

/**
 * {@code /api/v1/profiles/*}: one profile and its completion (see {@link ProfileApi}). A longer
 * prefix than the consent API's {@code /api/v1/*}, so the whiteboard sends these paths here.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(ProfileApi.API + "/profiles/*")
@HttpWhiteboardServletName("thrive-api-profiles")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ProfileApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ProfileApi api;

    @Activate
    public ProfileApiServlet(@Reference AssessmentService assessments, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.api = new ProfileApi(assessments, roles, currentUser);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api.serve(request, response, "/profiles" + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }
}

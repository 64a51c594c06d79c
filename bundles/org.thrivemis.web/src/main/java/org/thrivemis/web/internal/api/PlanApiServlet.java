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
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.mis.api.CurrentUser;

/**
 * {@code /api/v1/plans/*}: one plan, and its activate, continue, close and reviews steps (see
 * {@link PlanApi}). A longer prefix than the consent API's {@code /api/v1/*}, so the whiteboard
 * sends these paths here.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(PlanApi.API + "/plans/*")
@HttpWhiteboardServletName("thrive-api-plans")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class PlanApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient PlanApi api;

    @Activate
    public PlanApiServlet(@Reference ActionPlanService plans, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.api = new PlanApi(plans, roles, currentUser);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api.serve(request, response, "/plans" + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    }
}

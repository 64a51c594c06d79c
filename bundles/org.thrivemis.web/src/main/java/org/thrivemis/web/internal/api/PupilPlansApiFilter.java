package org.thrivemis.web.internal.api;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardFilterRegex;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.mis.api.CurrentUser;

/**
 * {@code /api/v1/pupils/{id}/plans}: a pupil's plans (see {@link PlanApi}). Servlet patterns
 * cannot hold a pupil id in the middle, and {@code /api/v1/pupils/*} belongs to the consent API, so
 * this filter answers exactly these paths itself and passes every other request on untouched.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterRegex("^" + PlanApi.API + "/pupils/[^/]+/plans(/suggestions)?/?$")
@HttpWhiteboardFilterName("thrive-api-pupil-plans")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class PupilPlansApiFilter implements Filter {

    private final PlanApi api;

    @Activate
    public PupilPlansApiFilter(@Reference ActionPlanService plans, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.api = new PlanApi(plans, roles, currentUser);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        String afterApi = path.startsWith(PlanApi.API) ? path.substring(PlanApi.API.length()) : path;
        if (PlanApi.PUPIL_PLANS.matcher(afterApi).matches()) {
            api.serve(http, (HttpServletResponse) response, afterApi);
        } else {
            chain.doFilter(request, response);
        }
    }
}

package org.thrivemis.host.reference.internal.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /system/health}, no sign-in: {@code {"status":"UP"|"DOWN","bundles":[…],"problems":[…]}}
 * over every {@code org.thrivemis.*} bundle. UP (200) only when each is ACTIVE (or RESOLVED for a
 * fragment) and none of their components is stuck waiting for a service or failed to activate;
 * DOWN (503) otherwise, so a load balancer or a test can wait on it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/system/health")
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient BundleContext context;
    private final transient ServiceComponentRuntime scr;

    /** The answer's shape. */
    public record Health(String status, List<InstalledBundles.Row> bundles, List<ComponentProblems.Problem> problems) {
    }

    @Activate
    public HealthServlet(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<InstalledBundles.Row> rows = InstalledBundles.ours(Arrays.asList(context.getBundles()));
        List<ComponentProblems.Problem> problems = ComponentProblems.ours(scr);
        boolean up = rows.stream().allMatch(InstalledBundles.Row::healthy) && problems.isEmpty();
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), new Health(up ? "UP" : "DOWN", rows, problems));
    }
}

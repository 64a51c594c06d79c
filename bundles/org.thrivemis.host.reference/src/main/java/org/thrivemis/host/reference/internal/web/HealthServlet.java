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
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /system/health}, no sign-in: {@code {"status":"UP"|"DOWN","bundles":[…]}} over every
 * {@code org.thrivemis.*} bundle. UP (200) only when each is ACTIVE, or RESOLVED for a fragment;
 * DOWN (503) otherwise, so a load balancer or a test can wait on it.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/system/health")
public final class HealthServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient BundleContext context;

    /** The answer's shape. */
    public record Health(String status, List<InstalledBundles.Row> bundles) {
    }

    @Activate
    public HealthServlet(BundleContext context) {
        this.context = context;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        List<InstalledBundles.Row> rows = InstalledBundles.ours(Arrays.asList(context.getBundles()));
        boolean up = rows.stream().allMatch(InstalledBundles.Row::healthy);
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getWriter(), new Health(up ? "UP" : "DOWN", rows));
    }
}

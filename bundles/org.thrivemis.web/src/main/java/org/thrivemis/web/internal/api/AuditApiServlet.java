package org.thrivemis.web.internal.api;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneId;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.mis.api.CurrentUser;

/**
 * {@code /api/v1/audit}: the audit search as JSON (see {@link AuditApi}). An exact path, so the
 * whiteboard sends it here rather than to the consent API's {@code /api/v1/*}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(AuditApi.PATH)
@HttpWhiteboardServletName("thrive-api-audit")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class AuditApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient AuditApi api;

    @Activate
    public AuditApiServlet(@Reference AuditLog audit, @Reference RoleMapping roles, @Reference CurrentUser currentUser) {
        // the JVM's zone is the school's, as for /thrive/audit: a date means that day at school
        this.api = new AuditApi(audit, roles, currentUser, ZoneId.systemDefault());
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        api.serve(request, response);
    }
}

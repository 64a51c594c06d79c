package org.thrivemis.web.internal.audit;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.web.internal.ThriveAccess;

/** The link in the host's admin area to the audit search. */
@Component(service = AdminPage.class, property = {AdminPage.ID + "=thrive-audit", AdminPage.PERMISSION + "=" + ThriveAccess.MANAGE_PERMISSION})
public final class AuditAdminPage implements AdminPage {

    @Override
    public String label(Locale locale) {
        return "Thrive audit trail";
    }

    @Override
    public String href() {
        return AuditSearchServlet.PATH;
    }
}

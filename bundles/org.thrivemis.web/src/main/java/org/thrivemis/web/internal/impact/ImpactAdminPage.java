package org.thrivemis.web.internal.impact;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.mis.api.Viewer;

/**
 * The link in the host's admin area to the impact evaluation. The summary carries no figure: the
 * figures are about pupils' Thrive data and are read (and audited) only on the page itself.
 */
@Component(service = AdminPage.class,
        property = {AdminPage.ID + "=thrive-impact", AdminPage.PERMISSION + "=" + ThriveAccess.MANAGE_PERMISSION})
public final class ImpactAdminPage implements AdminPage {

    @Override
    public String label(Locale locale) {
        return "Thrive impact evaluation";
    }

    @Override
    public String href() {
        return ImpactServlet.PATH;
    }

    @Override
    public String summary(Viewer viewer, Locale locale) {
        return "Attendance before, during and after action plans, against pupils without a plan";
    }
}

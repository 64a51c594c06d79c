package org.thrivemis.web.internal.roster;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.web.internal.ThriveAccess;

/** The link in the host's admin area to the roster sync page. */
@Component(service = AdminPage.class, property = {AdminPage.ID + "=thrive-roster",
        AdminPage.PERMISSION + "=" + RosterAdminPage.PERMISSION})
public final class RosterAdminPage implements AdminPage {
    /** The host permission that shows the link: Thrive's admin pages. */
    static final String PERMISSION = ThriveAccess.MANAGE_PERMISSION;

    @Override
    public String label(Locale locale) {
        return "Thrive roster sync";
    }

    @Override
    public String href() {
        return RosterAdminServlet.PATH;
    }
}

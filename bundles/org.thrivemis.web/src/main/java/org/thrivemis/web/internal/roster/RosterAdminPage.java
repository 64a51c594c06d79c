package org.thrivemis.web.internal.roster;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;

/** The link in the host's admin area to the roster sync page. */
@Component(service = AdminPage.class, property = {AdminPage.ID + "=thrive-roster",
        AdminPage.PERMISSION + "=" + RosterAdminPage.PERMISSION})
public final class RosterAdminPage implements AdminPage {
    /** The host permission of the admin area. */
    static final String PERMISSION = "mis.admin";

    @Override
    public String label(Locale locale) {
        return "Thrive roster sync";
    }

    @Override
    public String href() {
        return RosterAdminServlet.PATH;
    }
}

package org.thrivemis.web.internal.imports;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.web.internal.ThriveAccess;

/** The link in the host's admin area to the Thrive-Online import page. */
@Component(service = AdminPage.class, property = {AdminPage.ID + "=thrive-imports",
        AdminPage.PERMISSION + "=" + ImportAdminPage.PERMISSION})
public final class ImportAdminPage implements AdminPage {
    /** The host permission that shows the link: Thrive's admin pages. */
    static final String PERMISSION = ThriveAccess.MANAGE_PERMISSION;

    @Override
    public String label(Locale locale) {
        return "Thrive-Online import";
    }

    @Override
    public String href() {
        return ImportPagesServlet.PATH;
    }
}

package org.thrivemis.web.internal.imports;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;

/** The link in the host's admin area to the Thrive-Online import page. */
@Component(service = AdminPage.class, property = {AdminPage.ID + "=thrive-imports",
        AdminPage.PERMISSION + "=" + ImportAdminPage.PERMISSION})
public final class ImportAdminPage implements AdminPage {
    /** The host permission of the admin area. */
    static final String PERMISSION = "mis.admin";

    @Override
    public String label(Locale locale) {
        return "Thrive-Online import";
    }

    @Override
    public String href() {
        return ImportPagesServlet.PATH;
    }
}

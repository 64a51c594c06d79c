package org.thrivemis.web.internal.dataprotection;

import java.util.Locale;
import org.osgi.service.component.annotations.Component;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.web.internal.ThriveAccess;

/** The link in the host's admin area to the Data protection page. */
@Component(service = AdminPage.class,
        property = {AdminPage.ID + "=thrive-data-protection", AdminPage.PERMISSION + "=" + ThriveAccess.MANAGE_PERMISSION})
public final class DataProtectionAdminPage implements AdminPage {

    @Override
    public String label(Locale locale) {
        return "Thrive data protection";
    }

    @Override
    public String href() {
        return DataProtectionServlet.PATH;
    }

    @Override
    public String summary(org.thrivemis.mis.api.Viewer viewer, Locale locale) {
        return "Subject access, erasure and the retention policy";
    }
}

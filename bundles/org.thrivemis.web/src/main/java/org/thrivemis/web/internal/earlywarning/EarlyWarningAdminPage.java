package org.thrivemis.web.internal.earlywarning;

import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * The link in the host's admin area to the early-warning list, with the number of pupils on it
 * for a senior lead (for anyone else, no figure: the count is itself about pupils' Thrive data).
 */
@Component(service = AdminPage.class,
        property = {AdminPage.ID + "=thrive-early-warning", AdminPage.PERMISSION + "=" + ThriveAccess.MANAGE_PERMISSION})
public final class EarlyWarningAdminPage implements AdminPage {

    private final EarlyWarnings warnings;
    private final RoleMapping roles;

    @Activate
    public EarlyWarningAdminPage(@Reference EarlyWarnings warnings, @Reference RoleMapping roles) {
        this.warnings = warnings;
        this.roles = roles;
    }

    @Override
    public String label(Locale locale) {
        return "Thrive early warning";
    }

    @Override
    public String href() {
        return EarlyWarningServlet.PATH;
    }

    @Override
    public String summary(Viewer viewer, Locale locale) {
        Actor actor = ThriveAccess.actorOf(roles, viewer);
        if (!actor.hasAny(ThriveRole.SENIOR_LEAD)) {
            return "For senior leads";
        }
        if (warnings.waitingForSchools(actor)) {
            return "Waiting for the MIS to say which schools you cover";
        }
        try {
            int n = warnings.warnings(actor).size();
            return n == 1 ? "1 pupil to look at" : n + " pupils to look at";
        } catch (AccessDeniedException e) {
            return "For senior leads";
        }
    }
}

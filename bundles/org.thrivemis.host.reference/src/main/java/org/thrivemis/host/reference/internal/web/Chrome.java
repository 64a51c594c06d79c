package org.thrivemis.host.reference.internal.web;

import java.util.ArrayList;
import java.util.List;
import org.thrivemis.host.reference.internal.HostPermissions;
import org.thrivemis.mis.api.Viewer;

/**
 * What the page chrome (header, navigation, sign-out form, footer) needs to know about a page.
 *
 * @param title the page's title, before " – Reference MIS"
 * @param viewerName the signed-in member of staff, empty when nobody is signed in
 * @param nav the navigation entries (none when nobody is signed in)
 * @param csrfToken the token for the sign-out form
 */
public record Chrome(String title, String viewerName, List<NavItem> nav, String csrfToken) {

    /** The site's sections, for the navigation bar. */
    public enum Section { NONE, PUPILS, CLASSES, ADMIN }

    public Chrome {
        nav = List.copyOf(nav);
    }

    /** Chrome for a page seen without signing in. */
    public static Chrome anonymous(String title) {
        return new Chrome(title, "", List.of(), "");
    }

    /** Chrome for a signed-in viewer; the admin entry only for those who may enter the admin area. */
    public static Chrome signedIn(String title, Viewer viewer, Section section, String csrfToken) {
        List<NavItem> nav = new ArrayList<>();
        nav.add(new NavItem("Pupils", "/pupils", section == Section.PUPILS));
        nav.add(new NavItem("Classes", "/classes", section == Section.CLASSES));
        if (HostPermissions.mayEnterAdmin(viewer)) {
            nav.add(new NavItem("Admin", "/admin", section == Section.ADMIN));
        }
        return new Chrome(title, viewer.displayName(), nav, csrfToken);
    }

    /** Whether somebody is signed in. */
    public boolean signedIn() {
        return !viewerName.isEmpty();
    }
}

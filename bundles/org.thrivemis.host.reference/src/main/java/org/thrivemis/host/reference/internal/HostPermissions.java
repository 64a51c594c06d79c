package org.thrivemis.host.reference.internal;

/** The host permissions the reference MIS itself checks (plugins name their own in their services). */
public final class HostPermissions {

    /** See the pupil list, pupil records and class registers. */
    public static final String PUPILS_VIEW = "mis.pupils.view";
    /** Run the admin area: installed plugins, the configuration console, and every plugin admin page. */
    public static final String ADMIN = "mis.admin";
    /**
     * Enter the admin area to use the plugin admin pages whose own permission the viewer also holds
     * (office staff running imports, senior leads reading early warning), without the installed-plugin
     * list or the configuration console.
     */
    public static final String ADMIN_PAGES = "mis.admin.pages";

    /** Whether the viewer may enter the admin area at all. */
    public static boolean mayEnterAdmin(org.thrivemis.mis.api.Viewer viewer) {
        return viewer.has(ADMIN) || viewer.has(ADMIN_PAGES);
    }

    private HostPermissions() {
    }
}

package org.thrivemis.host.reference.internal;

/** The host permissions the reference MIS itself checks (plugins name their own in their services). */
public final class HostPermissions {

    /** See the pupil list, pupil records and class registers. */
    public static final String PUPILS_VIEW = "mis.pupils.view";
    /** See the admin area (installed plugins, plugin admin pages). */
    public static final String ADMIN = "mis.admin";

    private HostPermissions() {
    }
}

package org.thrivemis.web.internal;

import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.Viewer;

/**
 * Which Thrive roles see and change what on our pages. This only decides what to show: the
 * domain services check access again on every call and have the last word.
 */
public final class ThriveAccess {

    /** The host permission our tab and column ask the host to check before it even asks us. */
    public static final String VIEW_PERMISSION = "thrive.view";

    private ThriveAccess() {
    }

    /** The domain's actor for the signed-in viewer, through the configured role mapping. */
    public static Actor actorOf(RoleMapping roles, Viewer viewer) {
        return roles.actor(viewer.staffId(), viewer.displayName(), viewer.roles());
    }

    /** Whether the actor may see pupils' Thrive information: ADMIN alone gives no pupil data. */
    public static boolean maySeeThrive(Actor actor) {
        return actor.hasAny(ThriveRole.OFFICE, ThriveRole.TEACHER, ThriveRole.PRACTITIONER, ThriveRole.SENIOR_LEAD);
    }

    /** Whether the actor may record parental consent (office staff, practitioners, senior leads). */
    public static boolean mayRecordConsent(Actor actor) {
        return actor.hasAny(ThriveRole.OFFICE, ThriveRole.PRACTITIONER, ThriveRole.SENIOR_LEAD);
    }
}

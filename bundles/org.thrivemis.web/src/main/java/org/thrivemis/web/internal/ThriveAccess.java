package org.thrivemis.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.Viewer;

/**
 * Which Thrive roles see and change what on our pages. This only decides what to show: the
 * domain services check access again on every call and have the last word.
 */
public final class ThriveAccess {

    /** The host permission our tab and column ask the host to check before it even asks us. */
    public static final String VIEW_PERMISSION = "thrive.view";
    /**
     * The host permission that lists Thrive's admin pages (imports, roster sync, data protection,
     * early warning, impact, audit) in the host's admin area. Only the link: each page checks the
     * Thrive role of whoever opens it.
     */
    public static final String MANAGE_PERMISSION = "thrive.manage";

    /**
     * The status of work the domain refuses because there is no current parental consent: 403, as
     * for a refused access. The request is understood and allowed for the role, but the domain will
     * not do it for this pupil now; nothing about the request itself conflicts (409 is kept for a
     * stale version). Tabs and the JSON API answer the same.
     */
    public static final int NO_CONSENT_STATUS = 403;

    /**
     * Why a list of pupils is not shown to an actor limited to some schools while the host's school
     * directory is not registered (a trust's MIS still starting): the domain would show them nobody.
     */
    public static final String SCHOOLS_NOT_KNOWN_YET = "The MIS has not yet said which schools you cover (its"
            + " school directory is not running), so Thrive shows no pupil's data for now. Try again in a minute;"
            + " if this lasts, ask your MIS administrator to check the MIS's school directory.";

    private ThriveAccess() {
    }

    /**
     * Whether the actor is limited to some schools while no school directory tells which pupils are
     * theirs: on a trust's host (role mapping {@code school.directory = required}) in the moment before
     * its directory registers. A page listing pupils then says so instead of showing an empty list.
     */
    public static boolean waitingForSchools(Actor actor, Optional<?> schoolDirectory) {
        return !actor.schools().everySchool() && schoolDirectory.isEmpty();
    }

    /**
     * The schools of the trust the actor sees, in the host's order; empty for a single-school host
     * (no directory): what a page's school filter offers.
     */
    public static List<School> schoolsOf(Actor actor, SchoolDirectory directory) {
        if (directory == null) {
            return List.of();
        }
        return directory.schools().stream().filter(s -> actor.schools().includes(s.key())).toList();
    }

    /** The domain's actor for the signed-in viewer, through the configured role mapping. */
    public static Actor actorOf(RoleMapping roles, Viewer viewer) {
        return roles.actor(viewer.staffId(), viewer.displayName(), viewer.roles());
    }

    /**
     * The signed-in viewer of a page this bundle serves itself. Without one, the browser is sent
     * to the host's sign-in and back to this page afterwards; the caller then stops. Our pages
     * carry pupil data, so none is ever cached.
     */
    public static Optional<Viewer> viewerOrSignIn(CurrentUser currentUser, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        Optional<Viewer> viewer = currentUser.viewer(request);
        if (viewer.isEmpty()) {
            response.sendRedirect(request.getContextPath() + "/login?next="
                    + URLEncoder.encode(request.getRequestURI(), StandardCharsets.UTF_8));
        }
        return viewer;
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

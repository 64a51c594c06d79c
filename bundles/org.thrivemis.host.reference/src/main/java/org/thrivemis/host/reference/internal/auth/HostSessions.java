package org.thrivemis.host.reference.internal.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.host.reference.internal.HostConfig;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.Viewer;

/**
 * The host's sign-in sessions, offered to plugins as {@link CurrentUser}. The session holds only
 * strings and numbers (staff id, CSRF token, time of the last request), never our own classes, so
 * it survives an update of this bundle. Felix HTTP keeps one set of session attributes per servlet
 * context, keyed by the context's name: every servlet in the default context, whichever bundle
 * registered it, therefore sees the same sign-in. The viewer is rebuilt on each request from the
 * staff directory and the configured role permissions, so a configuration change applies at once.
 */
@Component(service = {CurrentUser.class, HostSessions.class}, configurationPid = HostConfig.PID)
public final class HostSessions implements CurrentUser {

    private static final String PREFIX = "org.thrivemis.host.reference.";
    static final String STAFF_ID = PREFIX + "staffId";
    static final String CSRF_TOKEN = PREFIX + "csrfToken";
    static final String LAST_SEEN = PREFIX + "lastSeen";
    /** The request header that may carry the CSRF token instead of the form field. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final System.Logger LOG = System.getLogger(HostSessions.class.getName());

    private final StaffDirectory staffDirectory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile RolePermissions rolePermissions;
    private volatile Duration timeout;

    @Activate
    public HostSessions(@Reference StaffDirectory staffDirectory, HostConfig config) {
        this(staffDirectory, config, Clock.systemUTC());
    }

    HostSessions(StaffDirectory staffDirectory, HostConfig config, Clock clock) {
        this.staffDirectory = staffDirectory;
        this.clock = clock;
        configure(config);
    }

    @Modified
    void configure(HostConfig config) {
        rolePermissions = RolePermissions.parse(config.rolePermissions(),
                problem -> LOG.log(System.Logger.Level.WARNING, "Configuration " + HostConfig.PID + ": " + problem));
        timeout = Duration.ofMinutes(Math.max(1, config.sessionTimeoutMinutes()));
    }

    @Override
    public Optional<Viewer> viewer(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            if (!(session.getAttribute(STAFF_ID) instanceof String staffId)) {
                return Optional.empty();
            }
            long now = clock.millis();
            if (!(session.getAttribute(LAST_SEEN) instanceof Long lastSeen) || now - lastSeen > timeout.toMillis()) {
                session.invalidate();
                return Optional.empty();
            }
            session.setAttribute(LAST_SEEN, now);
            return staffDirectory.staff(staffId).map(staff -> new Viewer(staff.id(), staff.displayName(), staff.roles(),
                    rolePermissions.permissionsFor(staff.roles())));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    @Override
    public String csrfToken(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        try {
            return session != null && session.getAttribute(CSRF_TOKEN) instanceof String token ? token : "";
        } catch (IllegalStateException invalidated) {
            return "";
        }
    }

    @Override
    public boolean csrfValid(HttpServletRequest request) {
        String expected = csrfToken(request);
        return CsrfTokens.matches(expected, request.getHeader(CSRF_HEADER))
                || CsrfTokens.matches(expected, request.getParameter(CSRF_FIELD));
    }

    /** The session's CSRF token, starting a session (before sign-in) when there is none. */
    public String startSession(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        if (session.getAttribute(CSRF_TOKEN) instanceof String token) {
            return token;
        }
        String token = CsrfTokens.newToken(random);
        session.setAttribute(CSRF_TOKEN, token);
        return token;
    }

    /**
     * Signs the member of staff in: a new session id (so an id planted before sign-in is useless),
     * a new CSRF token and the idle timeout.
     */
    public void signIn(HttpServletRequest request, String staffId) {
        request.getSession(true);
        request.changeSessionId();
        HttpSession session = request.getSession(true);
        session.setAttribute(STAFF_ID, staffId);
        session.setAttribute(CSRF_TOKEN, CsrfTokens.newToken(random));
        session.setAttribute(LAST_SEEN, clock.millis());
        session.setMaxInactiveInterval((int) timeout.toSeconds());
    }

    /** Ends the session, if there is one. */
    public void signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // Nothing left to end.
            }
        }
    }
}

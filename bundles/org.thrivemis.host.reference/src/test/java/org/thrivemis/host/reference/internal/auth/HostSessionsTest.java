package org.thrivemis.host.reference.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.StaffMember;
import org.thrivemis.mis.api.Viewer;

class HostSessionsTest {

    private static final StaffMember ADMIN = new StaffMember("S005", "admin", "Daniel Okafor", Set.of("admin"));

    /** A clock the test moves forward. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-20T09:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final StaffDirectory staff = new StaffDirectory() {
        @Override
        public Optional<StaffMember> staff(String id) {
            return ADMIN.id().equals(id) ? Optional.of(ADMIN) : Optional.empty();
        }

        @Override
        public List<StaffMember> all() {
            return List.of(ADMIN);
        }
    };
    private final HostSessions sessions = new HostSessions(staff, RolePermissionsTest.defaults(), clock);
    private final FakeRequests browser = new FakeRequests();

    @Test
    void nobodyIsSignedInWithoutASession() {
        assertTrue(sessions.viewer(browser.request()).isEmpty());
        assertEquals("", sessions.csrfToken(browser.request()));
        assertFalse(browser.hasSession(), "asking must not start a session");
    }

    @Test
    void signingInChangesTheSessionIdAndTheTokenAndGrantsTheRolesPermissions() {
        String before = sessions.startSession(browser.request());
        int idBefore = browser.sessionId();
        sessions.signIn(browser.request(), "S005");
        assertNotEquals(idBefore, browser.sessionId(), "session fixation: the id must change");
        assertNotEquals(before, sessions.csrfToken(browser.request()), "a new token after sign-in");
        assertEquals(30 * 60, browser.maxInactiveInterval());
        Viewer viewer = sessions.viewer(browser.request()).orElseThrow();
        assertEquals("Daniel Okafor", viewer.displayName());
        assertEquals(Set.of("mis.pupils.view", "thrive.view", "mis.admin", "thrive.early-warning"), viewer.permissions());
    }

    @Test
    void theTokenIsAcceptedInTheFormFieldOrTheHeaderAndNothingElse() {
        sessions.signIn(browser.request(), "S005");
        String token = sessions.csrfToken(browser.request());
        assertTrue(sessions.csrfValid(browser.request(Map.of(), Map.of("_csrf", token))));
        assertTrue(sessions.csrfValid(browser.request(Map.of("X-CSRF-Token", token), Map.of())));
        assertFalse(sessions.csrfValid(browser.request()));
        assertFalse(sessions.csrfValid(browser.request(Map.of(), Map.of("_csrf", token.substring(1)))));
        assertFalse(sessions.csrfValid(new FakeRequests().request(Map.of(), Map.of("_csrf", token))),
                "another browser's session does not know the token");
    }

    @Test
    void anIdleSessionEndsAfterTheTimeoutButActivityKeepsItAlive() {
        sessions.signIn(browser.request(), "S005");
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.viewer(browser.request()).isPresent());
        clock.advance(Duration.ofMinutes(29));
        assertTrue(sessions.viewer(browser.request()).isPresent(), "the last request counts, not the sign-in");
        clock.advance(Duration.ofMinutes(31));
        assertTrue(sessions.viewer(browser.request()).isEmpty());
        assertFalse(browser.hasSession(), "an expired session is ended");
    }

    @Test
    void signingOutEndsTheSession() {
        sessions.signIn(browser.request(), "S005");
        sessions.signOut(browser.request());
        assertTrue(sessions.viewer(browser.request()).isEmpty());
        assertEquals("", sessions.csrfToken(browser.request()));
    }
}

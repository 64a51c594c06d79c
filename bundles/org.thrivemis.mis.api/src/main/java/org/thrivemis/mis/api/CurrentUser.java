package org.thrivemis.mis.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Port: who is signed in for a request, and the host's protection against cross-site request
 * forgery. Plugins serving their own servlets ask the host here rather than keeping sessions of
 * their own, so one sign-in and one session expiry cover the whole MIS.
 */
@ProviderType
public interface CurrentUser {

    /** Name of the form field (and header) that carries the CSRF token. */
    String CSRF_FIELD = "_csrf";

    /** The signed-in viewer, or empty when the request has no live session. */
    Optional<Viewer> viewer(HttpServletRequest request);

    /** The CSRF token to embed in forms for this request's session (empty string without one). */
    String csrfToken(HttpServletRequest request);

    /**
     * Whether the request carries this session's CSRF token in the {@value #CSRF_FIELD} form
     * field or the {@code X-CSRF-Token} header. State-changing requests must be refused otherwise.
     */
    boolean csrfValid(HttpServletRequest request);
}

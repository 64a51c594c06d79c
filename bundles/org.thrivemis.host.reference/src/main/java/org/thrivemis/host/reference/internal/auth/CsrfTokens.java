package org.thrivemis.host.reference.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Cross-site request forgery tokens: one random 32-byte token per session, base64url-encoded, and
 * a constant-time comparison so that response timing does not reveal how much of a guess was right.
 */
public final class CsrfTokens {

    private static final int TOKEN_BYTES = 32;

    private CsrfTokens() {
    }

    /** A new token. */
    public static String newToken(SecureRandom random) {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the presented token is the session's; false when either is missing or empty. */
    public static boolean matches(String expected, String presented) {
        if (expected == null || presented == null || expected.isEmpty() || presented.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }
}

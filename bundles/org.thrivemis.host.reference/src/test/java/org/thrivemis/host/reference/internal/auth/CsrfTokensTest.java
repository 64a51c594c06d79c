package org.thrivemis.host.reference.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void aTokenIs32RandomBytesInBase64Url() {
        String token = CsrfTokens.newToken(random);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
        assertNotEquals(token, CsrfTokens.newToken(random));
    }

    @Test
    void onlyTheSessionsOwnTokenMatches() {
        String token = CsrfTokens.newToken(random);
        assertTrue(CsrfTokens.matches(token, new String(token.toCharArray())));
        assertFalse(CsrfTokens.matches(token, CsrfTokens.newToken(random)));
        assertFalse(CsrfTokens.matches(token, token.substring(0, 42)), "a prefix is not the token");
        assertFalse(CsrfTokens.matches(token, token + "A"));
    }

    @Test
    void aMissingTokenNeverMatches() {
        assertFalse(CsrfTokens.matches("", ""));
        assertFalse(CsrfTokens.matches(null, null));
        assertFalse(CsrfTokens.matches("abc", null));
        assertFalse(CsrfTokens.matches(null, "abc"));
        assertFalse(CsrfTokens.matches("", "abc"));
    }
}

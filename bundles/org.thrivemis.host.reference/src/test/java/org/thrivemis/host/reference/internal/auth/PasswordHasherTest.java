package org.thrivemis.host.reference.internal.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new SecureRandom());
    private final String stored = hasher.hash("demo".toCharArray());

    @Test
    void theRightPasswordMatches() {
        assertTrue(hasher.verify("demo".toCharArray(), stored));
    }

    @Test
    void aWrongPasswordDoesNotMatch() {
        assertFalse(hasher.verify("Demo".toCharArray(), stored));
        assertFalse(hasher.verify("demo ".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void theHashIsSaltedPbkdf2AndNeverThePassword() {
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PasswordHasher.ITERATIONS + "$"), stored);
        assertFalse(stored.contains("demo"));
        assertNotEquals(stored, hasher.hash("demo".toCharArray()), "two hashes of one password must differ (salt)");
    }

    @Test
    void aMalformedOrTamperedHashMatchesNothing() {
        assertFalse(hasher.verify("demo".toCharArray(), null));
        assertFalse(hasher.verify("demo".toCharArray(), "demo"));
        assertFalse(hasher.verify("demo".toCharArray(), stored.replace("pbkdf2-sha256", "md5")));
        String[] parts = stored.split("\\$");
        String otherKey = hasher.hash("other".toCharArray()).split("\\$")[3];
        assertFalse(hasher.verify("demo".toCharArray(), parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + otherKey));
    }

    @Test
    void accountsAuthenticateByUsernameAndPassword() {
        Accounts accounts = new Accounts(hasher, java.util.List.of(new Accounts.Account("teacher", "S002", stored)));
        assertTrue(accounts.authenticate(" Teacher ", "demo".toCharArray()).filter("S002"::equals).isPresent());
        assertTrue(accounts.authenticate("teacher", "wrong".toCharArray()).isEmpty());
        assertTrue(accounts.authenticate("nobody", "demo".toCharArray()).isEmpty());
    }
}

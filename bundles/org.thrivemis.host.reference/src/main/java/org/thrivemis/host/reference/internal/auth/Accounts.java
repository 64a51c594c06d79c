package org.thrivemis.host.reference.internal.auth;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The host's sign-ins: username → member of staff and password hash. Usernames are matched
 * without regard to case or surrounding blanks. An unknown username costs as much time as a known
 * one, so response times do not tell which usernames exist.
 */
public final class Accounts {

    /** One sign-in. */
    public record Account(String username, String staffId, String passwordHash) {
    }

    private final PasswordHasher hasher;
    private final Map<String, Account> byUsername;
    private final String decoyHash;

    public Accounts(PasswordHasher hasher, List<Account> accounts) {
        this.hasher = hasher;
        this.byUsername = accounts.stream()
                .collect(Collectors.toUnmodifiableMap(a -> normalise(a.username()), Function.identity()));
        this.decoyHash = hasher.hash("not a password of anyone".toCharArray());
    }

    /** The staff id of the account, when the username and password are right. */
    public Optional<String> authenticate(String username, char[] password) {
        Account account = byUsername.get(normalise(username));
        boolean matches = hasher.verify(password, account == null ? decoyHash : account.passwordHash());
        return account != null && matches ? Optional.of(account.staffId()) : Optional.empty();
    }

    private static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}

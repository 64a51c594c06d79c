package org.thrivemis.api.store;

import java.util.Objects;
import java.util.Optional;

/**
 * A pupil whose baseline profile is complete, as {@link RosterRepository#clearNeedsBaseline(java.util.List)}
 * finds their roster records: by UPN, or by host pupil id with the same names.
 */
public record BaselineDone(Optional<String> upn, String pupilKey, String givenName, String familyName) {
    public BaselineDone {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(pupilKey, "pupilKey");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
    }
}

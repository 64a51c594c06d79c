package org.thrivemis.api;

import java.util.Objects;
import java.util.Set;

/**
 * The member of staff on whose behalf the domain acts, with their Thrive roles.
 *
 * @param userId the host's staff id
 * @param displayName name recorded in the audit trail
 * @param roles Thrive roles, after the configured mapping from host roles
 */
public record Actor(String userId, String displayName, Set<ThriveRole> roles) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }

    /** Whether the actor holds any of the roles. */
    public boolean hasAny(ThriveRole... wanted) {
        for (ThriveRole r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }
}

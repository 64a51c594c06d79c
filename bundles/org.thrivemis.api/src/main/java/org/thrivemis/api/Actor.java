package org.thrivemis.api;

import java.util.Objects;
import java.util.Set;

/**
 * The member of staff on whose behalf the domain acts, with their Thrive roles.
 *
 * @param userId the host's staff id
 * @param displayName name recorded in the audit trail
 * @param roles Thrive roles, after the configured mapping from host roles
 * @param schools the schools of the trust whose pupils the actor may see (since 1.1)
 */
public record Actor(String userId, String displayName, Set<ThriveRole> roles, SchoolScope schools) {
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(schools, "schools");
    }

    /** An actor who sees every school: a single-school installation, or the system acting on its own. */
    public Actor(String userId, String displayName, Set<ThriveRole> roles) {
        this(userId, displayName, roles, SchoolScope.every());
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

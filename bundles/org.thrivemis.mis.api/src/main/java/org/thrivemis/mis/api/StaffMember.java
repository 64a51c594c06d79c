package org.thrivemis.mis.api;

import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as the host knows them.
 *
 * @param id host id
 * @param username sign-in name
 * @param displayName name shown to others
 * @param roles the host's role names (e.g. {@code office}, {@code teacher})
 */
public record StaffMember(String id, String username, String displayName, Set<String> roles) {
    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
    }
}

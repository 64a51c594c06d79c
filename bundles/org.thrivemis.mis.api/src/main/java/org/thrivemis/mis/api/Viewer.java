package org.thrivemis.mis.api;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in member of staff looking at a page.
 *
 * @param staffId host staff id
 * @param displayName name shown in audit trails and on pages
 * @param roles the host's role names; contributors map them to their own roles by configuration
 * @param permissions the host permissions granted to this viewer (tabs and columns name the one they need)
 */
public record Viewer(String staffId, String displayName, Set<String> roles, Set<String> permissions) {
    public Viewer {
        Objects.requireNonNull(staffId, "staffId");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    /** Whether the host granted the named permission. */
    public boolean has(String permission) {
        return permissions.contains(permission);
    }
}

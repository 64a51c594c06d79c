package org.thrivemis.host.reference.internal.auth;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Which host permissions each host role grants, read from configuration entries written
 * {@code role=permission,permission}. A member of staff gets the union over their roles.
 */
public final class RolePermissions {

    private final Map<String, Set<String>> byRole;

    private RolePermissions(Map<String, Set<String>> byRole) {
        this.byRole = byRole;
    }

    /**
     * Reads the entries; an entry that cannot be read is skipped and reported to {@code problems}
     * with what to write instead.
     */
    public static RolePermissions parse(String[] entries, Consumer<String> problems) {
        Map<String, Set<String>> byRole = new LinkedHashMap<>();
        for (String entry : entries == null ? new String[0] : entries) {
            int eq = entry == null ? -1 : entry.indexOf('=');
            if (eq <= 0) {
                problems.accept("rolePermissions entry '" + entry + "' has no role: write role=permission,permission");
                continue;
            }
            String role = entry.substring(0, eq).strip();
            Set<String> permissions = Arrays.stream(entry.substring(eq + 1).split(","))
                    .map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
            byRole.merge(role, permissions, (a, b) -> {
                a.addAll(b);
                return a;
            });
        }
        byRole.replaceAll((role, permissions) -> Set.copyOf(permissions));
        return new RolePermissions(Map.copyOf(byRole));
    }

    /** The permissions granted by any of the roles. */
    public Set<String> permissionsFor(Collection<String> roles) {
        return roles.stream().flatMap(r -> byRole.getOrDefault(r, Set.of()).stream()).collect(Collectors.toUnmodifiableSet());
    }
}

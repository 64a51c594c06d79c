package org.thrivemis.api;

import java.util.Objects;
import java.util.Set;

/**
 * Which schools of a trust an {@link Actor} may see: every school (a single-school installation,
 * a trust-wide role, or the system acting on its own), or only the schools with these keys.
 *
 * @param everySchool whether the actor sees every school, whatever the keys say
 * @param keys the host's keys of the schools the actor sees (ignored when {@code everySchool})
 * @since 1.1
 */
public record SchoolScope(boolean everySchool, Set<String> keys) {
    private static final SchoolScope EVERY = new SchoolScope(true, Set.of());

    public SchoolScope {
        keys = everySchool ? Set.of() : Set.copyOf(Objects.requireNonNull(keys, "keys"));
    }

    /** Every school of the installation. */
    public static SchoolScope every() {
        return EVERY;
    }

    /** Only the schools with these keys (none at all for an empty set). */
    public static SchoolScope only(Set<String> keys) {
        return new SchoolScope(false, keys);
    }

    /** Whether a pupil or class of the school with this key is in scope. */
    public boolean includes(String schoolKey) {
        return everySchool || keys.contains(schoolKey);
    }
}

package org.thrivemis.api.roster;

import java.util.Objects;

/**
 * A school (OneRoster org of type school).
 *
 * @param sourceId the source's stable id
 * @param name display name
 * @param origin where it was read
 */
public record RosterSchool(String sourceId, String name, Origin origin) {
    public RosterSchool {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(origin, "origin");
    }
}

package org.thrivemis.api.roster;

import java.util.List;
import java.util.Objects;

/**
 * A member of staff (OneRoster user with role teacher or administrator).
 *
 * @param sourceId the source's stable id
 * @param givenName forename
 * @param familyName surname
 * @param schoolSourceIds the schools they work at
 * @param origin where it was read
 */
public record RosterStaff(String sourceId, String givenName, String familyName, List<String> schoolSourceIds,
        Origin origin) {
    public RosterStaff {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        schoolSourceIds = List.copyOf(schoolSourceIds);
        Objects.requireNonNull(origin, "origin");
    }
}

package org.thrivemis.api.roster;

import java.util.Objects;

/**
 * A class (registration group or teaching class) of one school.
 *
 * @param sourceId the source's stable id
 * @param schoolSourceId the school's stable id in the same source
 * @param title display name, e.g. "Year 3 Oak"
 * @param origin where it was read
 */
public record RosterClass(String sourceId, String schoolSourceId, String title, Origin origin) {
    public RosterClass {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(schoolSourceId, "schoolSourceId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(origin, "origin");
    }
}

package org.thrivemis.api.roster;

import java.util.Objects;

/**
 * A delta's explicit removal of a record (OneRoster status {@code tobedeleted}): the roster
 * archives it, it never deletes.
 *
 * @param entity the kind of record
 * @param sourceId its stable id
 * @param origin where the removal was read
 */
public record RosterRemoval(RosterEntity entity, String sourceId, Origin origin) {
    public RosterRemoval {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(origin, "origin");
    }
}

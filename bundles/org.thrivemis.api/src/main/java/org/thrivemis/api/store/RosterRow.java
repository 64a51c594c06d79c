package org.thrivemis.api.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored roster record with its store identity.
 *
 * @param id store id
 * @param source the roster source that supplied it ({@code roster.source.id})
 * @param value the record (its origin is {@link org.thrivemis.api.roster.Origin#NONE})
 * @param archivedAt when a sync archived it; empty while current
 * @param needsBaseline pupils only: flagged for a baseline profile
 * @param <T> one of the roster record types
 */
public record RosterRow<T>(long id, String source, T value, Optional<Instant> archivedAt, boolean needsBaseline) {
    public RosterRow {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(archivedAt, "archivedAt");
    }

    /** Whether the record is current (not archived). */
    public boolean current() {
        return archivedAt.isEmpty();
    }

    /** The same row with a new value and source, current again (a changed, re-keyed or returning record). */
    public RosterRow<T> updated(String newSource, T newValue) {
        return new RosterRow<>(id, newSource, newValue, Optional.empty(), needsBaseline);
    }
}

package org.thrivemis.api.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A search of the audit log; absent criteria match everything. Newest first, at most {@code limit},
 * starting after {@code after} when given (the next page).
 */
public record AuditQuery(Optional<String> pupilId, Optional<String> actorId, Optional<String> action,
        Optional<Instant> from, Optional<Instant> to, int limit, Optional<AuditCursor> after) {

    public AuditQuery {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(after, "after");
    }

    /** The first page. */
    public AuditQuery(Optional<String> pupilId, Optional<String> actorId, Optional<String> action,
            Optional<Instant> from, Optional<Instant> to, int limit) {
        this(pupilId, actorId, action, from, to, limit, Optional.empty());
    }

    /** Everything about one pupil. */
    public static AuditQuery forPupil(String pupilId, int limit) {
        return new AuditQuery(Optional.of(pupilId), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }
}

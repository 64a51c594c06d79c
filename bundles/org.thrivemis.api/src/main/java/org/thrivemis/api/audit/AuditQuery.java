package org.thrivemis.api.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * A search of the audit log; absent criteria match everything. Newest first, at most {@code limit}.
 */
public record AuditQuery(Optional<String> pupilId, Optional<String> actorId, Optional<String> action,
        Optional<Instant> from, Optional<Instant> to, int limit) {

    /** Everything about one pupil. */
    public static AuditQuery forPupil(String pupilId, int limit) {
        return new AuditQuery(Optional.of(pupilId), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), limit);
    }
}

package org.thrivemis.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a page of audit entries ended: the next page holds the entries after this one in the
 * search order (newest first: earlier {@code at}, or the same {@code at} and a smaller id). A
 * position rather than an offset, so entries appended meanwhile neither repeat nor skip a row.
 *
 * @param at the last entry's time
 * @param id the last entry's id
 */
public record AuditCursor(Instant at, long id) {
    public AuditCursor {
        Objects.requireNonNull(at, "at");
    }

    /** The position just after this entry. */
    public static AuditCursor after(AuditEntry entry) {
        return new AuditCursor(entry.at(), entry.id());
    }
}

package org.thrivemis.api.dataprotection;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What an erasure (or a retention archive) did.
 *
 * @param token the random token that replaced the pupil id in the audit trail (and, for an archive,
 *        in the kept profiles and plans); it cannot be turned back into the pupil id
 * @param reference the request's reference
 * @param at when
 * @param rowsByTable rows removed or made anonymous, by table name (tables with none are absent)
 */
public record ErasureReport(String token, String reference, Instant at, Map<String, Integer> rowsByTable) {
    public ErasureReport {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(at, "at");
        rowsByTable = Map.copyOf(rowsByTable);
    }

    /** Rows touched in all tables. */
    public int totalRows() {
        return rowsByTable.values().stream().mapToInt(Integer::intValue).sum();
    }
}

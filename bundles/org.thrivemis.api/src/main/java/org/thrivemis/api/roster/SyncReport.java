package org.thrivemis.api.roster;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of one sync run.
 *
 * @param runId store id of the run
 * @param sourceId which source
 * @param startedBy display name of who started it ("schedule" for scheduled runs)
 * @param startedAt when it started
 * @param finishedAt when it ended; empty while running
 * @param status running, applied, refused or failed
 * @param counts per kind of record: added, changed, archived (all zero unless applied)
 * @param issues errors and warnings, in the order found
 */
public record SyncReport(long runId, String sourceId, String startedBy, Instant startedAt,
        Optional<Instant> finishedAt, SyncStatus status, Map<RosterEntity, EntityCounts> counts,
        List<SyncIssue> issues) {
    public SyncReport {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        Objects.requireNonNull(status, "status");
        Map<RosterEntity, EntityCounts> all = new EnumMap<>(RosterEntity.class);
        for (RosterEntity e : RosterEntity.values()) {
            all.put(e, counts.getOrDefault(e, EntityCounts.NONE));
        }
        counts = Map.copyOf(all);
        issues = List.copyOf(issues);
    }

    /** The counts of one kind. */
    public EntityCounts of(RosterEntity entity) {
        return counts.get(entity);
    }

    /** The errors only. */
    public List<SyncIssue> errors() {
        return issues.stream().filter(i -> i.severity() == Severity.ERROR).toList();
    }
}

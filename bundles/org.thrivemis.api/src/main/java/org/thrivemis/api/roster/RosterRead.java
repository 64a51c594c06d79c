package org.thrivemis.api.roster;

import java.util.EnumMap;
import java.util.Map;

/**
 * What one read of a source delivered: the {@link Coverage} of each kind of record. A kind
 * missing from the map counts as {@link Coverage#ABSENT}.
 */
public record RosterRead(Map<RosterEntity, Coverage> coverage) {
    public RosterRead {
        coverage = Map.copyOf(coverage);
    }

    /** Every kind in bulk: a complete snapshot (e.g. the host MIS). */
    public static RosterRead bulk() {
        Map<RosterEntity, Coverage> all = new EnumMap<>(RosterEntity.class);
        for (RosterEntity e : RosterEntity.values()) {
            all.put(e, Coverage.BULK);
        }
        return new RosterRead(all);
    }

    /** The coverage of one kind. */
    public Coverage of(RosterEntity entity) {
        return coverage.getOrDefault(entity, Coverage.ABSENT);
    }
}

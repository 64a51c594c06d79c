package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the audit trail's record that staff read or changed Thrive data, but no longer about whom:
 * the pupil id becomes the erasure's random token (so the entries still group, and tie to the one
 * entry recording the erasure). The pupil's id, source keys and UPNs are scrubbed out of every
 * detail text (an audit search quotes the pupil id it searched for); their names only out of the
 * re-keyed entries, where a name can only mean them (a short name like "Al" must not be cut out of
 * other entries' words).
 */
final class AuditErasure implements ErasureStep {

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int rekeyed = Sql.update(connection, "UPDATE audit_entry SET pupil_id = ? WHERE pupil_id = ?", token,
                pupil.pupilId());
        int scrubbed = TextScrub.scrub(connection, "audit_entry", List.of("detail"), pupil.keys())
                + TextScrub.scrub(connection, "audit_entry", List.of("detail"), pupil.names(), "pupil_id = ?", token);
        Sql.count(counts, "audit_entry", rekeyed + scrubbed);
        return counts;
    }
}

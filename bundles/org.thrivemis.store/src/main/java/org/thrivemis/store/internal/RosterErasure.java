package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Erases the pupil's roster rows in every source (with their enrollments) and scrubs the pupil's
 * identifiers out of sync issues (a refused UPN or a bad name is quoted there). While the MIS still
 * holds the pupil, the next sync of its source brings a fresh roster row back: erasure in the MIS
 * itself is the MIS's job.
 */
final class RosterErasure implements ErasureStep {

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PupilKeys.Row row : pupil.rows()) {
            Sql.count(counts, "roster_enrollment", Sql.update(connection,
                    "DELETE FROM roster_enrollment WHERE source = ? AND user_key = ?", row.source(), row.sourceKey()));
            Sql.count(counts, "roster_pupil", Sql.update(connection, "DELETE FROM roster_pupil WHERE id = "
                    + row.id()));
        }
        Sql.count(counts, "sync_issue", TextScrub.scrub(connection, "sync_issue", List.of("location", "val", "message"),
                pupil.identifiers()));
        return counts;
    }
}

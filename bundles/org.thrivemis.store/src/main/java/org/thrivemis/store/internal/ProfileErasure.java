package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Erases the pupil's profiles with their levels; an archive keeps them under the token with the
 * staff-written reason for referral cleared.
 */
final class ProfileErasure implements ErasureStep {

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Sql.count(counts, "assessment_level", Sql.update(connection, "DELETE FROM assessment_level WHERE assessment_id IN"
                + " (SELECT id FROM assessment WHERE pupil_id = ?)", pupil.pupilId()));
        Sql.count(counts, "assessment", Sql.update(connection, "DELETE FROM assessment WHERE pupil_id = ?",
                pupil.pupilId()));
        return counts;
    }

    @Override
    public Map<String, Integer> archive(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Sql.count(counts, "assessment", Sql.update(connection,
                "UPDATE assessment SET pupil_id = ?, reason = '' WHERE pupil_id = ?", token, pupil.pupilId()));
        return counts;
    }
}

package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Erases the pupil from whole-group screening: their marks and their place in each round's roster
 * snapshot. The rounds stay (they belong to the class); the pupil's GROUP profiles are profiles and
 * go with {@link ProfileErasure} (an archive keeps those anonymously, so it erases the marks too).
 */
final class ScreeningErasure implements ErasureStep {

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Sql.count(counts, "screening_mark", Sql.update(connection, "DELETE FROM screening_mark WHERE pupil_id = ?",
                pupil.pupilId()));
        Sql.count(counts, "screening_member", Sql.update(connection, "DELETE FROM screening_member WHERE pupil_id = ?",
                pupil.pupilId()));
        return counts;
    }
}

package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Erases the pupil's consent records (an archive erases them too: consent means nothing once gone). */
final class ConsentErasure implements ErasureStep {

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Sql.count(counts, "consent_record", Sql.update(connection, "DELETE FROM consent_record WHERE pupil_id = ?",
                pupil.pupilId()));
        return counts;
    }
}

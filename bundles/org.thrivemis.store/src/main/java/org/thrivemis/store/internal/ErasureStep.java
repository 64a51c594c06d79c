package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * One area's part of erasing a pupil: it removes (or, for an archive, anonymises) the pupil's rows
 * in the tables that area owns. Every table holding pupil data has a step in {@link ErasureSteps#ALL};
 * the store test that searches every table for an erased pupil fails when one is missing.
 */
interface ErasureStep {

    /**
     * Removes every row about the pupil in this area's tables.
     *
     * @param token the random token that stands for the pupil where a row must stay (the audit)
     * @return rows touched by table name
     */
    Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException;

    /**
     * What the retention policy's ARCHIVE does here: by default the same as an erasure; areas whose
     * records are worth keeping anonymously (profiles, plans) re-key them to the token instead.
     */
    default Map<String, Integer> archive(Connection connection, PupilKeys pupil, String token) throws SQLException {
        return erase(connection, pupil, token);
    }
}

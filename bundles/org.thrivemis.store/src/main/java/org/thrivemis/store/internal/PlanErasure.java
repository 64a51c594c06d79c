package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Erases the pupil's action plans with targets, activities, reviews and review progress; an archive
 * keeps them under the token with every text staff wrote cleared (notes, own targets and activities,
 * review notes and the targets' words at each review), keeping strands, pack references and progress.
 */
final class PlanErasure implements ErasureStep {
    private static final String PLANS = "(SELECT id FROM action_plan WHERE pupil_id = ?)";
    private static final String REVIEWS = "(SELECT id FROM plan_review WHERE plan_id IN " + PLANS + ")";

    @Override
    public Map<String, Integer> erase(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String id = pupil.pupilId();
        Sql.count(counts, "plan_review_progress", Sql.update(connection,
                "DELETE FROM plan_review_progress WHERE review_id IN " + REVIEWS, id));
        Sql.count(counts, "plan_review", Sql.update(connection, "DELETE FROM plan_review WHERE plan_id IN " + PLANS, id));
        Sql.count(counts, "plan_activity", Sql.update(connection, "DELETE FROM plan_activity WHERE plan_id IN " + PLANS, id));
        Sql.count(counts, "plan_target", Sql.update(connection, "DELETE FROM plan_target WHERE plan_id IN " + PLANS, id));
        Sql.count(counts, "action_plan", Sql.update(connection, "DELETE FROM action_plan WHERE pupil_id = ?", id));
        return counts;
    }

    @Override
    public Map<String, Integer> archive(Connection connection, PupilKeys pupil, String token) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        String id = pupil.pupilId();
        // children first: they find their plans by the pupil id, which the last update replaces
        Sql.count(counts, "plan_review_progress", Sql.update(connection,
                "UPDATE plan_review_progress SET target_text = '' WHERE review_id IN " + REVIEWS, id));
        Sql.count(counts, "plan_review", Sql.update(connection,
                "UPDATE plan_review SET notes = '' WHERE plan_id IN " + PLANS, id));
        Sql.count(counts, "plan_activity", Sql.update(connection,
                "UPDATE plan_activity SET activity_text = '' WHERE activity_id IS NULL AND plan_id IN " + PLANS, id));
        Sql.count(counts, "plan_target", Sql.update(connection,
                "UPDATE plan_target SET target_text = '' WHERE statement_id IS NULL AND plan_id IN " + PLANS, id));
        Sql.count(counts, "action_plan", Sql.update(connection, "UPDATE action_plan SET pupil_id = ?, attune_note = '',"
                + " validate_note = '', contain_note = '', regulate_note = '' WHERE pupil_id = ?", token, id));
        return counts;
    }
}

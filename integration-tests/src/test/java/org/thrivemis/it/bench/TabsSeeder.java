package org.thrivemis.it.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Loads the plugin's own store with the data of a large school before the `tabs` benchmark, by
 * plain JDBC batches (no domain logic): completed individual profiles with a level row for each of
 * the sample pack's 30 statements (the "assessment rows"), and action plans with targets,
 * activities and a review. The measured pupils get two profiles each (so the tab compares them)
 * and an active plan; the other profiles are spread evenly over the whole school.
 */
final class TabsSeeder {
    static final String[] STRANDS = {"BEING", "DOING", "THINKING", "POWER_AND_IDENTITY", "SKILLS_AND_STRUCTURE",
        "INTERDEPENDENCE"};
    private static final String[] PREFIX = {"being", "doing", "thinking", "power", "skills", "inter"};
    private static final int PER_STRAND = 5;
    static final int STATEMENTS = STRANDS.length * PER_STRAND;
    private static final int BATCH = 500;
    private static final OffsetDateTime NOON = OffsetDateTime.of(2026, 10, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    private final Random random = new Random(20261122L);
    private long levelRows;
    private int plans;

    /** What was written. */
    record Seeded(int assessments, long levelRows, int plans) {
    }

    /**
     * @param measured the pupils the load test opens: two completed profiles and an active plan each
     * @param pupilCount pupils are P0001 … P{pupilCount}; the rest of the rows are spread over them
     * @param levelRowsWanted how many assessment_level rows to write in all
     * @param otherPlans plans for pupils other than the measured ones
     */
    Seeded seed(String url, String user, String password, List<String> measured, int pupilCount, long levelRowsWanted,
            int otherPlans) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(false);
            int total = (int) ((levelRowsWanted + STATEMENTS - 1) / STATEMENTS);
            List<String> owners = new ArrayList<>();
            for (String pupil : measured) {
                owners.add(pupil);
                owners.add(pupil);
            }
            int others = total - owners.size();
            for (int k = 0; k < others; k++) {
                owners.add(String.format("P%04d", 1 + (int) ((long) k * pupilCount / others)));
            }
            List<Long> ids = assessments(c, owners);
            // the measured pupils' newer profile is the second of their two; plans come from it
            for (int i = 0; i < measured.size(); i++) {
                plan(c, measured.get(i), ids.get(2 * i + 1), "ACTIVE");
            }
            for (int k = 0; k < otherPlans; k++) {
                int index = measured.size() * 2 + (int) ((long) k * others / otherPlans);
                plan(c, owners.get(index), ids.get(index), k % 3 == 0 ? "CLOSED" : "ACTIVE");
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                // fresh statistics, as a DBA would have after a bulk load (PostgreSQL plans by them)
                s.execute("ANALYZE");
            }
            c.commit();
            return new Seeded(ids.size(), levelRows, plans);
        }
    }

    private List<Long> assessments(Connection c, List<String> owners) throws SQLException {
        String sql = "INSERT INTO assessment (pupil_id, kind, reason, status, assessed_on, pack_id, pack_version,"
                + " assessor_id, assessor_name, updated_at, updated_by, completed_at, version)"
                + " VALUES (?, ?, ?, 'COMPLETED', ?, 'thrivemis-sample', '1.0.0', 'S003', 'Thrive Practitioner', ?,"
                + " 'Thrive Practitioner', ?, 2)";
        List<Long> ids = new ArrayList<>(owners.size());
        try (PreparedStatement insert = c.prepareStatement(sql, new String[] {"id"});
                PreparedStatement levels = c.prepareStatement(
                        "INSERT INTO assessment_level (assessment_id, statement_id, level) VALUES (?, ?, ?)")) {
            for (int from = 0; from < owners.size(); from += BATCH) {
                int to = Math.min(owners.size(), from + BATCH);
                for (int i = from; i < to; i++) {
                    boolean second = i > 0 && owners.get(i).equals(owners.get(i - 1));
                    insert.setString(1, owners.get(i));
                    insert.setString(2, second ? "BEHAVIOUR" : "BASELINE");
                    insert.setString(3, second ? "Referred by the class teacher" : "");
                    insert.setObject(4, LocalDate.of(2026, second ? 10 : 3, 1 + random.nextInt(27)));
                    insert.setObject(5, NOON);
                    insert.setObject(6, NOON);
                    insert.addBatch();
                }
                insert.executeBatch();
                List<Long> batch = new ArrayList<>();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        batch.add(keys.getLong(1));
                    }
                }
                if (batch.size() != to - from) {
                    throw new SQLException("the driver returned " + batch.size() + " generated ids for " + (to - from) + " rows");
                }
                for (long id : batch) {
                    for (int s = 0; s < STRANDS.length; s++) {
                        for (int n = 1; n <= PER_STRAND; n++) {
                            levels.setLong(1, id);
                            levels.setString(2, String.format("%s-%02d", PREFIX[s], n));
                            int r = random.nextInt(10);
                            levels.setString(3, r < 7 ? "SECURE" : r < 9 ? "EMERGING" : "NOT_YET");
                            levels.addBatch();
                        }
                    }
                    levelRows += STATEMENTS;
                }
                levels.executeBatch();
                ids.addAll(batch);
                c.commit();
            }
        }
        return ids;
    }

    private void plan(Connection c, String pupil, long assessmentId, String status) throws SQLException {
        long planId;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO action_plan (pupil_id, assessment_id, status,"
                + " attune_note, validate_note, contain_note, regulate_note, owner_id, owner_name, start_date,"
                + " review_date, updated_at, updated_by, version) VALUES (?, ?, ?, 'Notice when they go quiet', '', '',"
                + " 'Breathe together', 'S003', 'Thrive Practitioner', ?, ?, ?, 'Thrive Practitioner', 3)",
                new String[] {"id"})) {
            insert.setString(1, pupil);
            insert.setLong(2, assessmentId);
            insert.setString(3, status);
            insert.setObject(4, LocalDate.of(2026, 10, 5));
            insert.setObject(5, LocalDate.of(2026, 11, 30));
            insert.setObject(6, NOON);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                planId = keys.getLong(1);
            }
        }
        try (PreparedStatement t = c.prepareStatement("INSERT INTO plan_target (plan_id, seq, strand, statement_id,"
                + " target_text) VALUES (?, ?, ?, ?, ?)")) {
            for (int seq = 0; seq < 2; seq++) {
                t.setLong(1, planId);
                t.setInt(2, seq);
                t.setString(3, STRANDS[seq]);
                t.setString(4, PREFIX[seq] + "-02");
                t.setString(5, seq == 0 ? "Lets an adult help them settle" : "Tries a new activity with support");
                t.addBatch();
            }
            t.executeBatch();
        }
        try (PreparedStatement a = c.prepareStatement("INSERT INTO plan_activity (plan_id, seq, setting, activity_id,"
                + " activity_text) VALUES (?, ?, ?, NULL, ?)")) {
            String[][] activities = {{"SCHOOL", "Meet and greet at the door"}, {"SCHOOL", "Sensory break before lunch"},
                {"HOME", "Share a story at bedtime"}};
            for (int seq = 0; seq < activities.length; seq++) {
                a.setLong(1, planId);
                a.setInt(2, seq);
                a.setString(3, activities[seq][0]);
                a.setString(4, activities[seq][1]);
                a.addBatch();
            }
            a.executeBatch();
        }
        long reviewId;
        try (PreparedStatement r = c.prepareStatement("INSERT INTO plan_review (plan_id, reviewed_on, reviewer_id,"
                + " reviewer_name, notes, new_assessment, recorded_at) VALUES (?, ?, 'S004', 'Senior Lead',"
                + " 'Settles faster after break', FALSE, ?)", new String[] {"id"})) {
            r.setLong(1, planId);
            r.setObject(2, LocalDate.of(2026, 11, 2));
            r.setObject(3, NOON);
            r.executeUpdate();
            try (ResultSet keys = r.getGeneratedKeys()) {
                keys.next();
                reviewId = keys.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plan_review_progress (review_id, seq, strand,"
                + " target_text, progress) VALUES (?, ?, ?, ?, ?)")) {
            for (int seq = 0; seq < 2; seq++) {
                p.setLong(1, reviewId);
                p.setInt(2, seq);
                p.setString(3, STRANDS[seq]);
                p.setString(4, seq == 0 ? "Lets an adult help them settle" : "Tries a new activity with support");
                p.setString(5, seq == 0 ? "GOOD" : "SOME");
                p.addBatch();
            }
            p.executeBatch();
        }
        plans++;
        if (plans % BATCH == 0) {
            c.commit();
        }
    }
}

package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.plan.TargetProgress;
import org.thrivemis.api.store.PlanRepository;
import org.thrivemis.api.store.StoreException;

/**
 * Action plans in {@code action_plan} with their targets, activities and reviews, on the connection
 * of one transaction. A plan's children are read with one query per child table for all the plans
 * asked for, never one query per plan.
 */
final class JdbcPlanRepository implements PlanRepository {
    private static final String TABLE = "action_plan";
    private static final String COLUMNS = "id, pupil_id, assessment_id, status, attune_note, validate_note,"
            + " contain_note, regulate_note, owner_id, owner_name, start_date, review_date, updated_at, updated_by,"
            + " version, import_format, import_format_label, import_run_id, imported_on";
    private static final String INSERT = "INSERT INTO action_plan (pupil_id, assessment_id, status, attune_note,"
            + " validate_note, contain_note, regulate_note, owner_id, owner_name, start_date, review_date, updated_at,"
            + " updated_by, version, import_format, import_format_label, import_run_id, imported_on)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)";
    private static final String UPDATE_ORIGIN = "UPDATE action_plan SET import_format = ?, import_format_label = ?,"
            + " import_run_id = ?, imported_on = ? WHERE id = ?";
    private static final String UPDATE = "UPDATE action_plan SET status = ?, attune_note = ?, validate_note = ?,"
            + " contain_note = ?, regulate_note = ?, start_date = ?, review_date = ?, updated_at = ?, updated_by = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?";
    /** The note columns, in the order of {@link RelationalFunction}. */
    private static final Map<RelationalFunction, String> NOTE_COLUMNS = Map.of(RelationalFunction.ATTUNE,
            "attune_note", RelationalFunction.VALIDATE, "validate_note", RelationalFunction.CONTAIN, "contain_note",
            RelationalFunction.REGULATE, "regulate_note");

    private final Supplier<Connection> connection;

    JdbcPlanRepository(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public ActionPlan insert(ActionPlan plan) {
        try (PreparedStatement insert = connection.get().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, plan.pupilId());
            insert.setLong(2, plan.assessmentId());
            insert.setString(3, plan.status().name());
            int i = setNotes(insert, 4, plan);
            insert.setString(i++, plan.ownerId());
            insert.setString(i++, plan.ownerName());
            Columns.setDate(insert, i++, plan.startDate());
            Columns.setDate(insert, i++, plan.reviewDate());
            Columns.setInstant(insert, i++, plan.updatedAt());
            insert.setString(i++, plan.updatedBy());
            ImportOrigins.bind(insert, i, plan.imported(), false);
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                // By name: PostgreSQL returns every column of the row, H2 only the identity.
                id = keys.getLong("id");
            }
            writeContent(id, plan);
            return find(id).orElseThrow(() -> new SQLException("plan " + id + " vanished after insert"));
        } catch (SQLException e) {
            throw new StoreException("Could not store an action plan of pupil " + plan.pupilId() + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ActionPlan> update(ActionPlan plan, long expectedVersion) {
        try (PreparedStatement update = connection.get().prepareStatement(UPDATE)) {
            update.setString(1, plan.status().name());
            int i = setNotes(update, 2, plan);
            Columns.setDate(update, i++, plan.startDate());
            Columns.setDate(update, i++, plan.reviewDate());
            Columns.setInstant(update, i++, plan.updatedAt());
            update.setString(i++, plan.updatedBy());
            update.setLong(i++, plan.id());
            update.setLong(i, expectedVersion);
            if (update.executeUpdate() == 0) {
                return Optional.empty();
            }
            if (plan.imported().isPresent()) {
                // an import rewrote it; changes made in the MIS keep where it came from as it was
                try (PreparedStatement origin = connection.get().prepareStatement(UPDATE_ORIGIN)) {
                    int next = ImportOrigins.bind(origin, 1, plan.imported(), false);
                    origin.setLong(next, plan.id());
                    origin.executeUpdate();
                }
            }
            execute("DELETE FROM plan_target WHERE plan_id = ?", plan.id());
            execute("DELETE FROM plan_activity WHERE plan_id = ?", plan.id());
            writeContent(plan.id(), plan);
            return find(plan.id());
        } catch (SQLException e) {
            throw new StoreException("Could not update action plan " + plan.id() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public PlanReview addReview(long planId, PlanReview review) {
        String sql = "INSERT INTO plan_review (plan_id, reviewed_on, reviewer_id, reviewer_name, notes, new_assessment,"
                + " recorded_at, new_assessment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.get().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setLong(1, planId);
            Columns.setDate(insert, 2, review.reviewedOn());
            insert.setString(3, review.reviewerId());
            insert.setString(4, review.reviewerName());
            insert.setString(5, review.notes());
            insert.setBoolean(6, review.newAssessmentRequested());
            Columns.setInstant(insert, 7, review.recordedAt());
            if (review.newAssessmentId().isPresent()) {
                insert.setLong(8, review.newAssessmentId().get());
            } else {
                insert.setNull(8, Types.BIGINT);
            }
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                id = keys.getLong("id");
            }
            String progressSql = "INSERT INTO plan_review_progress (review_id, seq, strand, target_text, progress)"
                    + " VALUES (?, ?, ?, ?, ?)";
            try (PreparedStatement progress = connection.get().prepareStatement(progressSql)) {
                for (int seq = 0; seq < review.progress().size(); seq++) {
                    TargetProgress p = review.progress().get(seq);
                    progress.setLong(1, id);
                    progress.setInt(2, seq);
                    progress.setString(3, p.strand().name());
                    progress.setString(4, p.target());
                    progress.setString(5, p.progress().name());
                    progress.addBatch();
                }
                progress.executeBatch();
            }
            return new PlanReview(id, review.reviewedOn(), review.reviewerId(), review.reviewerName(),
                    review.progress(), review.notes(), review.newAssessmentRequested(),
                    Columns.storable(review.recordedAt()), review.newAssessmentId());
        } catch (SQLException e) {
            throw new StoreException("Could not store a review of action plan " + planId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ActionPlan> find(long planId) {
        List<ActionPlan> found = load("id = ?", planId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    @Override
    public List<ActionPlan> ofPupil(String pupilId) {
        return load("pupil_id = ?", List.of(pupilId));
    }

    @Override
    public List<ActionPlan> ofPupils(Collection<String> pupilIds) {
        List<String> ids = pupilIds.stream().distinct().toList();
        List<ActionPlan> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += InList.CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + InList.CHUNK));
            all.addAll(load("pupil_id IN (" + InList.placeholders(chunk.size()) + ")", List.copyOf(chunk)));
        }
        all.sort(java.util.Comparator.comparingLong(ActionPlan::id).reversed());
        return Collections.unmodifiableList(all);
    }

    private List<ActionPlan> load(String where, Object key) {
        return load(where, List.of(key));
    }

    /** The plans matching the condition (its parameters bound in order), newest first, each with all its children. */
    private List<ActionPlan> load(String where, List<?> key) {
        String sql = "SELECT " + COLUMNS + " FROM action_plan WHERE " + where + " ORDER BY id DESC";
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            InList.bind(select, 1, key);
            List<ResultRow> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(ResultRow.read(rs));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            // children of all these plans: the same condition, joined, one query per table
            String plans = "SELECT id FROM action_plan WHERE " + where;
            Map<Long, List<Target>> targets = targets(plans, key);
            Map<Long, List<PlanActivity>> activities = activities(plans, key);
            Map<Long, List<PlanReview>> reviews = reviews(plans, key);
            List<ActionPlan> result = new ArrayList<>();
            for (ResultRow r : rows) {
                result.add(r.plan(targets.getOrDefault(r.id, List.of()), activities.getOrDefault(r.id, List.of()),
                        reviews.getOrDefault(r.id, List.of())));
            }
            return Collections.unmodifiableList(result);
        } catch (SQLException e) {
            throw new StoreException("Could not read action plans (" + (key.size() == 1
                    ? where.replace("?", String.valueOf(key.get(0))) : key.size() + " pupils")
                    + "): " + e.getMessage(), e);
        }
    }

    private Map<Long, List<Target>> targets(String plans, List<?> key) throws SQLException {
        return grouped("SELECT plan_id, seq, strand, statement_id, target_text FROM plan_target WHERE plan_id IN ("
                + plans + ") ORDER BY plan_id, seq", key, "plan_id", rs -> new Target(
                        enumOf(rs, "plan_target", "strand", Strand.class),
                        Optional.ofNullable(rs.getString("statement_id")), rs.getString("target_text")));
    }

    private Map<Long, List<PlanActivity>> activities(String plans, List<?> key) throws SQLException {
        return grouped("SELECT plan_id, seq, setting, activity_id, activity_text FROM plan_activity WHERE plan_id IN ("
                + plans + ") ORDER BY plan_id, seq", key, "plan_id", rs -> new PlanActivity(
                        enumOf(rs, "plan_activity", "setting", ActivitySetting.class),
                        Optional.ofNullable(rs.getString("activity_id")), rs.getString("activity_text")));
    }

    private Map<Long, List<PlanReview>> reviews(String plans, List<?> key) throws SQLException {
        Map<Long, List<TargetProgress>> progress = grouped("SELECT p.review_id, p.seq, p.strand, p.target_text,"
                + " p.progress FROM plan_review_progress p JOIN plan_review r ON r.id = p.review_id WHERE r.plan_id IN ("
                + plans + ") ORDER BY p.review_id, p.seq", key, "review_id", rs -> new TargetProgress(
                        enumOf(rs, "plan_review_progress", "strand", Strand.class), rs.getString("target_text"),
                        enumOf(rs, "plan_review_progress", "progress", Progress.class)));
        return grouped("SELECT id, plan_id, reviewed_on, reviewer_id, reviewer_name, notes, new_assessment, recorded_at,"
                + " new_assessment_id FROM plan_review WHERE plan_id IN (" + plans + ") ORDER BY plan_id, id", key,
                "plan_id", rs -> {
                    long id = rs.getLong("id");
                    long started = rs.getLong("new_assessment_id");
                    Optional<Long> newAssessment = rs.wasNull() ? Optional.empty() : Optional.of(started);
                    return new PlanReview(id, Columns.getDate(rs, "reviewed_on"), rs.getString("reviewer_id"),
                            rs.getString("reviewer_name"), progress.getOrDefault(id, List.of()), rs.getString("notes"),
                            rs.getBoolean("new_assessment"), Columns.getInstant(rs, "recorded_at"), newAssessment);
                });
    }

    /** Reads one row into a value; may throw what JDBC throws. */
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs a query whose IN list is bound to {@code key} and groups the rows it returns by the
     * long column {@code groupBy}, in the query's order: the one shape of every child-table read.
     */
    private <T> Map<Long, List<T>> grouped(String sql, List<?> key, String groupBy, RowReader<T> reader)
            throws SQLException {
        Map<Long, List<T>> result = new HashMap<>();
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            InList.bind(select, 1, key);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getLong(groupBy), k -> new ArrayList<>()).add(reader.read(rs));
                }
            }
        }
        return result;
    }

    private void writeContent(long planId, ActionPlan plan) throws SQLException {
        String targetSql = "INSERT INTO plan_target (plan_id, seq, strand, statement_id, target_text) VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.get().prepareStatement(targetSql)) {
            for (int seq = 0; seq < plan.targets().size(); seq++) {
                Target t = plan.targets().get(seq);
                insert.setLong(1, planId);
                insert.setInt(2, seq);
                insert.setString(3, t.strand().name());
                setOptional(insert, 4, t.statementId());
                insert.setString(5, t.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        String activitySql = "INSERT INTO plan_activity (plan_id, seq, setting, activity_id, activity_text)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.get().prepareStatement(activitySql)) {
            for (int seq = 0; seq < plan.activities().size(); seq++) {
                PlanActivity a = plan.activities().get(seq);
                insert.setLong(1, planId);
                insert.setInt(2, seq);
                insert.setString(3, a.setting().name());
                setOptional(insert, 4, a.activityId());
                insert.setString(5, a.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void execute(String sql, long planId) throws SQLException {
        try (PreparedStatement statement = connection.get().prepareStatement(sql)) {
            statement.setLong(1, planId);
            statement.executeUpdate();
        }
    }

    /** Binds the four note columns from {@code index} on; returns the next free index. */
    private static int setNotes(PreparedStatement statement, int index, ActionPlan plan) throws SQLException {
        for (RelationalFunction f : RelationalFunction.values()) {
            statement.setString(index++, plan.relationalNotes().getOrDefault(f, ""));
        }
        return index;
    }

    private static void setOptional(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    /** Child tables have no id column; name the row by its table and position instead. */
    private static <E extends Enum<E>> E enumOf(ResultSet rs, String table, String column, Class<E> type)
            throws SQLException {
        String value = rs.getString(column);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new StoreException(table + " (plan or review " + rs.getLong(1) + ", seq " + rs.getInt("seq")
                    + "): column " + column + " holds '" + value + "', which is not a known " + type.getSimpleName()
                    + ". The row was written by another version of Thrive or changed by hand; correct it in the"
                    + " database.", e);
        }
    }

    /** One action_plan row, read before its children. */
    private record ResultRow(long id, String pupilId, long assessmentId, PlanStatus status,
            Map<RelationalFunction, String> notes, String ownerId, String ownerName, java.time.LocalDate start,
            java.time.LocalDate review, java.time.Instant updatedAt, String updatedBy, long version,
            Optional<org.thrivemis.api.ImportOrigin> imported) {

        static ResultRow read(ResultSet rs) throws SQLException {
            Map<RelationalFunction, String> notes = new EnumMap<>(RelationalFunction.class);
            for (Map.Entry<RelationalFunction, String> c : NOTE_COLUMNS.entrySet()) {
                String note = rs.getString(c.getValue());
                if (!note.isEmpty()) {
                    notes.put(c.getKey(), note);
                }
            }
            return new ResultRow(rs.getLong("id"), rs.getString("pupil_id"), rs.getLong("assessment_id"),
                    Columns.getEnum(rs, TABLE, "status", PlanStatus.class), notes, rs.getString("owner_id"),
                    rs.getString("owner_name"), Columns.getDate(rs, "start_date"), Columns.getDate(rs, "review_date"),
                    Columns.getInstant(rs, "updated_at"), rs.getString("updated_by"), rs.getLong("version"),
                    ImportOrigins.read(rs, false));
        }

        ActionPlan plan(List<Target> targets, List<PlanActivity> activities, List<PlanReview> reviews) {
            return new ActionPlan(id, pupilId, assessmentId, status, targets, activities, notes, ownerId, ownerName,
                    start, review, updatedAt, updatedBy, version, reviews, imported);
        }
    }
}

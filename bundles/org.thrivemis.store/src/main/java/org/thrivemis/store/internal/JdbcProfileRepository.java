package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.store.ProfileRepository;
import org.thrivemis.api.store.StoreException;

/**
 * Assessments in table {@code assessment}, their levels in {@code assessment_level}, on the
 * connection of one transaction. Levels are written as one JDBC batch; a pupil's history is read
 * with two queries (assessments, then the levels of all of them), never one per assessment.
 */
final class JdbcProfileRepository implements ProfileRepository {
    private static final String TABLE = "assessment";
    /**
     * The columns read, each shared value of an imported row taken from its run's {@link RowDefaults} where
     * the row stores NULL; with {@link #FROM}.
     */
    private static final String COLUMNS = "a.id, a.pupil_id, a.kind, a.assessed_on, a.updated_at, a.completed_at,"
            + " a.version, a.import_run_id, a.import_strands, " + RowDefaults.COALESCED;
    private static final String FROM = RowDefaults.VISIBLE_ASSESSMENTS;
    private static final String INSERT = "INSERT INTO assessment (pupil_id, kind, reason, status, assessed_on,"
            + " pack_id, pack_version, assessor_id, assessor_name, updated_at, updated_by, completed_at, version,"
            + " import_format, import_format_label, import_run_id, imported_on, import_strands)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** An imported profile: the same columns plus its import ledger entry on the row. */
    private static final String INSERT_IMPORTED = "INSERT INTO assessment (pupil_id, kind, reason, status, assessed_on,"
            + " pack_id, pack_version, assessor_id, assessor_name, updated_at, updated_by, completed_at, version,"
            + " import_format, import_format_label, import_run_id, imported_on, import_strands, import_digest,"
            + " import_version, import_ledger) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, TRUE)";
    /** A new origin; the values the row shared with its old run are written out first (they stay as they were). */
    private static final String UPDATE_ORIGIN = "UPDATE assessment SET " + RowDefaults.MATERIALISE
            + ", import_format = ?, import_format_label = ?, import_run_id = ?, imported_on = ?, import_strands = ?"
            + " WHERE id = ?";
    private static final String UPDATE = "UPDATE assessment SET status = ?, updated_at = ?, updated_by = ?,"
            + " completed_at = ?, version = ? WHERE id = ? AND version = ?";
    private static final String INSERT_LEVEL = "INSERT INTO assessment_level (assessment_id, statement_id, level)"
            + " VALUES (?, ?, ?)";

    private final Supplier<Connection> connection;

    JdbcProfileRepository(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public Assessment insert(Assessment a) {
        try (PreparedStatement insert = connection.get().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            bindInsert(new BatchParameters(insert), a);
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                // By name: PostgreSQL returns every column of the row, H2 only the identity.
                id = keys.getLong("id");
            }
            insertLevels(id, a.levels());
            return copy(a, id, a.status(), a.levels(), a.updatedAt(), a.updatedBy(), a.completedAt(), a.version());
        } catch (SQLException e) {
            throw new StoreException("Could not store a new assessment of pupil " + a.pupilId() + ": " + e.getMessage(), e);
        }
    }

    /** The parameters of {@code INSERT} for one assessment (one row, or one row of a batch). */
    private static void bindInsert(BatchParameters insert, Assessment a) throws SQLException {
        bindInsert(insert, a, null);
    }

    /**
     * The same; with {@code shared}, the values of the assessment's run (it is a row of that run), each
     * column whose value is the run's gets NULL.
     */
    private static void bindInsert(BatchParameters insert, Assessment a, RowDefaults shared) throws SQLException {
        insert.setString(1, a.pupilId());
        insert.setString(2, a.kind().name());
        RowDefaults.bind(insert, 3, a.reason(), shared == null ? null : shared.reason());
        RowDefaults.bind(insert, 4, a.status().name(), shared == null ? null : shared.status());
        insert.setDate(5, a.assessedOn());
        RowDefaults.bind(insert, 6, a.packId(), shared == null ? null : shared.packId());
        RowDefaults.bind(insert, 7, a.packVersion(), shared == null ? null : shared.packVersion());
        RowDefaults.bind(insert, 8, a.assessorId(), shared == null ? null : shared.assessorId());
        RowDefaults.bind(insert, 9, a.assessorName(), shared == null ? null : shared.assessorName());
        insert.setInstant(10, a.updatedAt());
        RowDefaults.bind(insert, 11, a.updatedBy(), shared == null ? null : shared.updatedBy());
        insert.setOptionalInstant(12, a.completedAt());
        insert.setLong(13, a.version());
        ImportOrigins.bind(insert, 14, a.imported(), true, shared);
    }

    @Override
    public List<Assessment> insertAll(List<Assessment> assessments) {
        return insertAll(assessments, null);
    }

    /**
     * Inserts the assessments and their levels; with {@code digests} (one per assessment) each row also
     * carries the import ledger entry of its natural key: the digest and the version written.
     */
    List<Assessment> insertAll(List<Assessment> assessments, List<String> digests) {
        return insertAll(assessments, digests, null);
    }

    /**
     * The same; with {@code defaults} (the run's shared values, already stored) a row of that run stores NULL
     * in each column whose value it shares with them, and reads it back from them.
     */
    List<Assessment> insertAll(List<Assessment> assessments, List<String> digests, RowDefaults defaults) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        if (digests != null && digests.size() != assessments.size()) {
            throw new IllegalArgumentException(digests.size() + " digests for " + assessments.size() + " assessments");
        }
        // one batch for the rows, one for all their levels: an import writes thousands at a time
        try (PreparedStatement insert = connection.get().prepareStatement(digests == null ? INSERT : INSERT_IMPORTED,
                new String[] {"id"})) {
            BatchParameters parameters = new BatchParameters(insert);
            for (int i = 0; i < assessments.size(); i++) {
                Assessment a = assessments.get(i);
                bindInsert(parameters, a, defaults != null && defaults.holds(a) ? defaults : null);
                if (digests != null) {
                    parameters.setString(19, digests.get(i));
                    parameters.setLong(20, a.version());
                }
                insert.addBatch();
            }
            insert.executeBatch();
            List<Assessment> stored = new ArrayList<>(assessments.size());
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (Assessment a : assessments) {
                    if (!keys.next()) {
                        throw new SQLException("the database returned fewer generated ids than rows inserted");
                    }
                    stored.add(copy(a, keys.getLong(1), a.status(), a.levels(), a.updatedAt(), a.updatedBy(),
                            a.completedAt(), a.version()));
                }
            }
            try (PreparedStatement levels = connection.get().prepareStatement(INSERT_LEVEL)) {
                int pending = 0;
                for (Assessment a : stored) {
                    for (Map.Entry<String, Level> level : a.levels().entrySet()) {
                        levels.setLong(1, a.id());
                        levels.setString(2, level.getKey());
                        levels.setString(3, level.getValue().name());
                        levels.addBatch();
                        pending++;
                    }
                }
                if (pending > 0) {
                    levels.executeBatch();
                }
            }
            return stored;
        } catch (SQLException e) {
            throw new StoreException("Could not store " + assessments.size() + " new assessments (first of pupil "
                    + assessments.get(0).pupilId() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Assessment> find(long id) {
        List<Assessment> found = select("SELECT " + COLUMNS + FROM + "a.id = ?", id, null);
        return found.stream().findFirst();
    }

    @Override
    public List<Assessment> ofPupil(String pupilId) {
        return select("SELECT " + COLUMNS + FROM + "a.pupil_id = ? ORDER BY a.assessed_on DESC, a.id DESC",
                null, pupilId);
    }

    @Override
    public List<Assessment> ofPupils(Collection<String> pupilIds) {
        List<String> ids = pupilIds.stream().distinct().toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        // Two queries for the lot: the assessments, then the levels of all of them (a class is far
        // below any database's limit on parameters; larger sets are cut into chunks of 1000).
        List<Assessment> all = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += InList.CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + InList.CHUNK));
            all.addAll(ofChunk(chunk));
        }
        all.sort(java.util.Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::id).reversed());
        return Collections.unmodifiableList(all);
    }

    private List<Assessment> ofChunk(List<String> ids) {
        String in = InList.placeholders(ids.size());
        try {
            List<Assessment> rows = new ArrayList<>();
            try (PreparedStatement select = connection.get().prepareStatement(
                    "SELECT " + COLUMNS + FROM + "a.pupil_id IN (" + in + ")")) {
                InList.bind(select, 1, ids);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(read(result));
                    }
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, Map<String, Level>> levels = new HashMap<>();
            try (PreparedStatement select = connection.get().prepareStatement(
                    "SELECT l.assessment_id, l.statement_id, l.level FROM assessment_level l"
                            + " JOIN assessment a ON a.id = l.assessment_id WHERE a.pupil_id IN (" + in + ")")) {
                InList.bind(select, 1, ids);
                try (ResultSet result = select.executeQuery()) {
                    readLevels(result, levels);
                }
            }
            List<Assessment> withLevels = new ArrayList<>(rows.size());
            for (Assessment a : rows) {
                withLevels.add(copy(a, a.id(), a.status(), levels.getOrDefault(a.id(), Map.of()), a.updatedAt(),
                        a.updatedBy(), a.completedAt(), a.version()));
            }
            return withLevels;
        } catch (SQLException e) {
            throw new StoreException("Could not read the assessments of " + ids.size() + " pupils: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Assessment> update(Assessment a, long expectedVersion) {
        long next = expectedVersion + 1;
        try (PreparedStatement update = connection.get().prepareStatement(UPDATE)) {
            update.setString(1, a.status().name());
            Columns.setInstant(update, 2, a.updatedAt());
            update.setString(3, a.updatedBy());
            setOptionalInstant(update, 4, a.completedAt());
            update.setLong(5, next);
            update.setLong(6, a.id());
            update.setLong(7, expectedVersion);
            if (update.executeUpdate() != 1) {
                return Optional.empty();
            }
            if (a.imported().isPresent()) {
                // an import rewrote it; saves in the MIS keep where it came from as it was
                try (PreparedStatement origin = connection.get().prepareStatement(UPDATE_ORIGIN)) {
                    int next6 = ImportOrigins.bind(origin, 1, a.imported(), true);
                    origin.setLong(next6, a.id());
                    origin.executeUpdate();
                }
            }
            try (PreparedStatement delete = connection.get().prepareStatement(
                    "DELETE FROM assessment_level WHERE assessment_id = ?")) {
                delete.setLong(1, a.id());
                delete.executeUpdate();
            }
            insertLevels(a.id(), a.levels());
            return Optional.of(copy(a, a.id(), a.status(), a.levels(), a.updatedAt(), a.updatedBy(), a.completedAt(),
                    next));
        } catch (SQLException e) {
            throw new StoreException("Could not save assessment " + a.id() + ": " + e.getMessage(), e);
        }
    }

    private void insertLevels(long assessmentId, Map<String, Level> levels) throws SQLException {
        if (levels.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.get().prepareStatement(INSERT_LEVEL)) {
            for (Map.Entry<String, Level> level : levels.entrySet()) {
                insert.setLong(1, assessmentId);
                insert.setString(2, level.getKey());
                insert.setString(3, level.getValue().name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<Assessment> select(String sql, Long id, String pupilId) {
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            } else {
                select.setString(1, pupilId);
            }
            List<Assessment> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(read(result));
                }
            }
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<Long, Map<String, Level>> levels = levelsOf(rows, id, pupilId);
            List<Assessment> withLevels = new ArrayList<>(rows.size());
            for (Assessment a : rows) {
                withLevels.add(copy(a, a.id(), a.status(), levels.getOrDefault(a.id(), Map.of()), a.updatedAt(),
                        a.updatedBy(), a.completedAt(), a.version()));
            }
            return Collections.unmodifiableList(withLevels);
        } catch (SQLException e) {
            throw new StoreException("Could not read assessments (" + (id != null ? "id " + id : "pupil " + pupilId)
                    + "): " + e.getMessage(), e);
        }
    }

    /** The levels of the assessments read: by id for one, by a join on the pupil for a history. */
    private Map<Long, Map<String, Level>> levelsOf(List<Assessment> rows, Long id, String pupilId) throws SQLException {
        String sql = id != null
                ? "SELECT assessment_id, statement_id, level FROM assessment_level WHERE assessment_id = ?"
                : "SELECT l.assessment_id, l.statement_id, l.level FROM assessment_level l"
                        + " JOIN assessment a ON a.id = l.assessment_id WHERE a.pupil_id = ?";
        Map<Long, Map<String, Level>> levels = new HashMap<>();
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            if (id != null) {
                select.setLong(1, id);
            } else {
                select.setString(1, pupilId);
            }
            try (ResultSet result = select.executeQuery()) {
                readLevels(result, levels);
            }
        }
        return levels;
    }

    private static void readLevels(ResultSet result, Map<Long, Map<String, Level>> levels) throws SQLException {
        {
            {
                while (result.next()) {
                    long assessmentId = result.getLong("assessment_id");
                    String name = result.getString("level");
                    Level level;
                    try {
                        level = Level.valueOf(name);
                    } catch (IllegalArgumentException | NullPointerException e) {
                        throw new StoreException("assessment_level of assessment " + assessmentId + ", statement "
                                + result.getString("statement_id") + ": level '" + name + "' is not one of "
                                + List.of(Level.values()) + "; correct it in the database", e);
                    }
                    levels.computeIfAbsent(assessmentId, k -> new HashMap<>()).put(result.getString("statement_id"), level);
                }
            }
        }
    }

    private static Assessment read(ResultSet rows) throws SQLException {
        OffsetDateTime completed = rows.getObject("completed_at", OffsetDateTime.class);
        return new Assessment(rows.getLong("id"), rows.getString("pupil_id"),
                Columns.getEnum(rows, TABLE, "kind", ProfileKind.class), rows.getString("reason"),
                Columns.getEnum(rows, TABLE, "status", AssessmentStatus.class), Columns.getDate(rows, "assessed_on"),
                rows.getString("pack_id"), rows.getString("pack_version"), Map.of(), rows.getString("assessor_id"),
                rows.getString("assessor_name"), Columns.getInstant(rows, "updated_at"), rows.getString("updated_by"),
                Optional.ofNullable(completed).map(OffsetDateTime::toInstant), rows.getLong("version"),
                ImportOrigins.read(rows, true));
    }

    private static void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> value)
            throws SQLException {
        if (value.isPresent()) {
            Columns.setInstant(statement, index, value.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    private static Assessment copy(Assessment a, long id, AssessmentStatus status, Map<String, Level> levels,
            Instant updatedAt, String updatedBy, Optional<Instant> completedAt, long version) {
        return new Assessment(id, a.pupilId(), a.kind(), a.reason(), status, a.assessedOn(), a.packId(),
                a.packVersion(), levels, a.assessorId(), a.assessorName(), Columns.storable(updatedAt), updatedBy,
                completedAt.map(Columns::storable), version, a.imported());
    }
}

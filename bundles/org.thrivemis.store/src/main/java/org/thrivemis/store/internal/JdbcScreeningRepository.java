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
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.api.store.ScreeningRepository;
import org.thrivemis.api.store.StoreException;

/**
 * Screening rounds in {@code screening_round}, snapshots in {@code screening_member}, marks in
 * {@code screening_mark}, on the connection of one transaction. Marks are replaced by delete and
 * insert batches (portable between H2 and PostgreSQL, unlike MERGE or ON CONFLICT).
 */
final class JdbcScreeningRepository implements ScreeningRepository {
    private static final String TABLE = "screening_round";
    private static final String COLUMNS = "id, class_id, class_name, academic_year, term, status, pack_id, pack_version,"
            + " opened_on, opened_by_id, opened_by, updated_at, updated_by, closed_at, version";
    private static final String INSERT = "INSERT INTO screening_round (class_id, class_name, academic_year, term,"
            + " status, pack_id, pack_version, opened_on, opened_by_id, opened_by, updated_at, updated_by, closed_at,"
            + " version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Supplier<Connection> connection;

    JdbcScreeningRepository(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public ScreeningRound insert(ScreeningRound r, List<RoundMember> members) {
        try (PreparedStatement insert = connection.get().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, r.classId());
            insert.setString(2, r.className());
            insert.setInt(3, r.academicYear());
            insert.setString(4, r.term().name());
            insert.setString(5, r.status().name());
            insert.setString(6, r.packId());
            insert.setString(7, r.packVersion());
            Columns.setDate(insert, 8, r.openedOn());
            insert.setString(9, r.openedById());
            insert.setString(10, r.openedBy());
            Columns.setInstant(insert, 11, r.updatedAt());
            insert.setString(12, r.updatedBy());
            if (r.closedAt().isPresent()) {
                Columns.setInstant(insert, 13, r.closedAt().get());
            } else {
                insert.setNull(13, Types.TIMESTAMP_WITH_TIMEZONE);
            }
            insert.setLong(14, r.version());
            insert.executeUpdate();
            long id;
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                // By name: PostgreSQL returns every column of the row, H2 only the identity.
                id = keys.getLong("id");
            }
            insertMembers(id, members);
            return find(id).orElseThrow(() -> new SQLException("round " + id + " vanished after insert"));
        } catch (SQLException e) {
            throw new StoreException("Could not store a screening round of class " + r.classId() + " for "
                    + r.title() + ": " + e.getMessage(), e);
        }
    }

    private void insertMembers(long roundId, List<RoundMember> members) throws SQLException {
        if (members.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.get().prepareStatement(
                "INSERT INTO screening_member (round_id, position, pupil_id, age_months) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (RoundMember m : members) {
                insert.setLong(1, roundId);
                insert.setInt(2, position++);
                insert.setString(3, m.pupilId());
                insert.setInt(4, m.ageMonths());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<ScreeningRound> find(long id) {
        return rounds("SELECT " + COLUMNS + " FROM screening_round WHERE id = ?", s -> s.setLong(1, id))
                .stream().findFirst();
    }

    @Override
    public Optional<ScreeningRound> find(String classId, int academicYear, Term term) {
        return rounds("SELECT " + COLUMNS + " FROM screening_round WHERE class_id = ? AND academic_year = ? AND term = ?",
                s -> {
                    s.setString(1, classId);
                    s.setInt(2, academicYear);
                    s.setString(3, term.name());
                }).stream().findFirst();
    }

    @Override
    public List<ScreeningRound> ofClass(String classId) {
        List<ScreeningRound> found = new ArrayList<>(rounds("SELECT " + COLUMNS
                + " FROM screening_round WHERE class_id = ? ORDER BY academic_year DESC", s -> s.setString(1, classId)));
        // terms sort by their enum order, which the database's alphabetical order is not
        found.sort((a, b) -> a.academicYear() != b.academicYear() ? Integer.compare(b.academicYear(), a.academicYear())
                : b.term().compareTo(a.term()));
        return List.copyOf(found);
    }

    @Override
    public List<RoundMember> members(long roundId) {
        String sql = "SELECT pupil_id, age_months FROM screening_member WHERE round_id = ? ORDER BY position";
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            select.setLong(1, roundId);
            List<RoundMember> members = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    members.add(new RoundMember(rows.getString("pupil_id"), rows.getInt("age_months")));
                }
            }
            return List.copyOf(members);
        } catch (SQLException e) {
            throw new StoreException("Could not read the pupils of screening round " + roundId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Mark> marks(long roundId) {
        return marks(roundId, -1);
    }

    @Override
    public List<Mark> marksSince(long roundId, long version) {
        return marks(roundId, version);
    }

    private List<Mark> marks(long roundId, long after) {
        String sql = "SELECT pupil_id, statement_id, level FROM screening_mark WHERE round_id = ? AND set_in_version > ?"
                + " ORDER BY pupil_id, statement_id";
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            select.setLong(1, roundId);
            select.setLong(2, after);
            List<Mark> marks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String name = rows.getString("level");
                    Level level;
                    try {
                        level = Level.valueOf(name);
                    } catch (IllegalArgumentException | NullPointerException e) {
                        throw new StoreException("screening_mark of round " + roundId + ", pupil "
                                + rows.getString("pupil_id") + ": level '" + name + "' is not one of "
                                + List.of(Level.values()) + "; correct it in the database", e);
                    }
                    marks.add(new Mark(rows.getString("pupil_id"), rows.getString("statement_id"), level));
                }
            }
            return List.copyOf(marks);
        } catch (SQLException e) {
            throw new StoreException("Could not read the marks of screening round " + roundId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ScreeningRound> touch(long roundId, Instant at, String by) {
        String sql = "UPDATE screening_round SET version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?";
        try (PreparedStatement update = connection.get().prepareStatement(sql)) {
            Columns.setInstant(update, 1, at);
            update.setString(2, by);
            update.setLong(3, roundId);
            if (update.executeUpdate() != 1) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not save screening round " + roundId + ": " + e.getMessage(), e);
        }
        return find(roundId);
    }

    @Override
    public void putMarks(long roundId, long version, Collection<Mark> marks) {
        if (marks.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.get().prepareStatement(
                "DELETE FROM screening_mark WHERE round_id = ? AND pupil_id = ? AND statement_id = ?");
                PreparedStatement insert = connection.get().prepareStatement("INSERT INTO screening_mark"
                        + " (round_id, pupil_id, statement_id, level, set_in_version) VALUES (?, ?, ?, ?, ?)")) {
            for (Mark m : marks) {
                delete.setLong(1, roundId);
                delete.setString(2, m.pupilId());
                delete.setString(3, m.statementId());
                delete.addBatch();
                insert.setLong(1, roundId);
                insert.setString(2, m.pupilId());
                insert.setString(3, m.statementId());
                insert.setString(4, m.level().name());
                insert.setLong(5, version);
                insert.addBatch();
            }
            delete.executeBatch();
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not save " + marks.size() + " mark(s) of screening round " + roundId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public void markScreened(long roundId, Collection<String> pupilIds) {
        if (pupilIds.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.get().prepareStatement(
                "UPDATE screening_member SET screened = TRUE WHERE round_id = ? AND pupil_id = ?")) {
            for (String pupil : pupilIds) {
                update.setLong(1, roundId);
                update.setString(2, pupil);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not record who screening round " + roundId + " screened: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> screened(long roundId) {
        try (PreparedStatement select = connection.get().prepareStatement(
                "SELECT pupil_id FROM screening_member WHERE round_id = ? AND screened = TRUE")) {
            select.setLong(1, roundId);
            Set<String> pupils = new HashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pupils.add(rows.getString("pupil_id"));
                }
            }
            return Set.copyOf(pupils);
        } catch (SQLException e) {
            throw new StoreException("Could not read who screening round " + roundId + " screened: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<ScreeningRound> close(long roundId, long expectedVersion, Instant at, String by) {
        String sql = "UPDATE screening_round SET status = ?, closed_at = ?, updated_at = ?, updated_by = ?,"
                + " version = ? WHERE id = ? AND version = ? AND status = ?";
        try (PreparedStatement update = connection.get().prepareStatement(sql)) {
            update.setString(1, RoundStatus.CLOSED.name());
            Columns.setInstant(update, 2, at);
            Columns.setInstant(update, 3, at);
            update.setString(4, by);
            update.setLong(5, expectedVersion + 1);
            update.setLong(6, roundId);
            update.setLong(7, expectedVersion);
            update.setString(8, RoundStatus.OPEN.name());
            if (update.executeUpdate() != 1) {
                return Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Could not close screening round " + roundId + ": " + e.getMessage(), e);
        }
        return find(roundId);
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private List<ScreeningRound> rounds(String sql, Binder binder) {
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            binder.bind(select);
            List<ScreeningRound> rounds = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    rounds.add(read(rows));
                }
            }
            return rounds;
        } catch (SQLException e) {
            throw new StoreException("Could not read screening rounds: " + e.getMessage(), e);
        }
    }

    private static ScreeningRound read(ResultSet rows) throws SQLException {
        OffsetDateTime closed = rows.getObject("closed_at", OffsetDateTime.class);
        return new ScreeningRound(rows.getLong("id"), rows.getString("class_id"), rows.getString("class_name"),
                rows.getInt("academic_year"), Columns.getEnum(rows, TABLE, "term", Term.class),
                Columns.getEnum(rows, TABLE, "status", RoundStatus.class), rows.getString("pack_id"),
                rows.getString("pack_version"), Columns.getDate(rows, "opened_on"), rows.getString("opened_by_id"),
                rows.getString("opened_by"), Columns.getInstant(rows, "updated_at"), rows.getString("updated_by"),
                Optional.ofNullable(closed).map(OffsetDateTime::toInstant), rows.getLong("version"));
    }
}

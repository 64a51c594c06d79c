package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.StoreException;

/** Consent records in table {@code consent_record}, on the connection of one transaction. */
final class JdbcConsentRepository implements ConsentRepository {

    /** Most pupil ids bound in one IN (...) list; some databases cap the list or the parameters. */
    static final int IN_LIST_LIMIT = 1000;

    private static final String TABLE = "consent_record";
    private static final String COLUMNS = "id, pupil_id, decision, scopes, person_name, relationship,"
            + " decided_on, note, recorded_by_id, recorded_by_name, recorded_at";
    private static final String NEWEST_FIRST = " ORDER BY decided_on DESC, recorded_at DESC, id DESC";
    private static final String INSERT = "INSERT INTO consent_record (pupil_id, decision, scopes,"
            + " person_name, relationship, decided_on, note, recorded_by_id, recorded_by_name, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Supplier<Connection> connection;

    JdbcConsentRepository(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public ConsentRecord insert(ConsentRecord record) {
        try (PreparedStatement insert = connection.get().prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, record.pupilId());
            insert.setString(2, record.decision().name());
            insert.setString(3, Columns.joinNames(record.scopes()));
            insert.setString(4, record.personName());
            insert.setString(5, record.relationship().name());
            Columns.setDate(insert, 6, record.decidedOn());
            insert.setString(7, record.note());
            insert.setString(8, record.recordedById());
            insert.setString(9, record.recordedByName());
            Columns.setInstant(insert, 10, record.recordedAt());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no generated id");
                }
                // By name: PostgreSQL returns every column of the row, H2 only the identity.
                return withId(record, keys.getLong("id"));
            }
        } catch (SQLException e) {
            throw new StoreException("Could not store the consent record of pupil " + record.pupilId()
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean any() {
        // FETCH FIRST: standard SQL that H2 and PostgreSQL both take; stops at the first row
        try (PreparedStatement select = connection.get().prepareStatement(
                "SELECT 1 FROM " + TABLE + " FETCH FIRST 1 ROWS ONLY");
                ResultSet rows = select.executeQuery()) {
            return rows.next();
        } catch (SQLException e) {
            throw new StoreException("Could not check whether any consent is recorded: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ConsentRecord> history(String pupilId) {
        String sql = "SELECT " + COLUMNS + " FROM consent_record WHERE pupil_id = ?" + NEWEST_FIRST;
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            select.setString(1, pupilId);
            List<ConsentRecord> records = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(read(rows));
                }
            }
            return Collections.unmodifiableList(records);
        } catch (SQLException e) {
            throw new StoreException("Could not read the consent history of pupil " + pupilId + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public Map<String, List<ConsentRecord>> histories(Collection<String> pupilIds) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(pupilIds));
        Map<String, List<ConsentRecord>> found = new HashMap<>();
        for (int from = 0; from < distinct.size(); from += IN_LIST_LIMIT) {
            List<String> chunk = distinct.subList(from, Math.min(from + IN_LIST_LIMIT, distinct.size()));
            readChunk(chunk, found);
        }
        // In the order asked for, which is usually the order of a class list.
        Map<String, List<ConsentRecord>> result = new LinkedHashMap<>();
        for (String pupilId : distinct) {
            List<ConsentRecord> records = found.get(pupilId);
            if (records != null) {
                result.put(pupilId, Collections.unmodifiableList(records));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    private void readChunk(List<String> pupilIds, Map<String, List<ConsentRecord>> into) {
        String sql = "SELECT " + COLUMNS + " FROM consent_record WHERE pupil_id IN ("
                + String.join(", ", Collections.nCopies(pupilIds.size(), "?")) + ")" + NEWEST_FIRST;
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            for (int i = 0; i < pupilIds.size(); i++) {
                select.setString(i + 1, pupilIds.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ConsentRecord record = read(rows);
                    into.computeIfAbsent(record.pupilId(), id -> new ArrayList<>()).add(record);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Could not read the consent histories of " + pupilIds.size()
                    + " pupils: " + e.getMessage(), e);
        }
    }

    private static ConsentRecord read(ResultSet rows) throws SQLException {
        return new ConsentRecord(rows.getLong("id"), rows.getString("pupil_id"),
                Columns.getEnum(rows, TABLE, "decision", ConsentDecision.class),
                Columns.getEnumSet(rows, TABLE, "scopes", ConsentScope.class),
                rows.getString("person_name"),
                Columns.getEnum(rows, TABLE, "relationship", Relationship.class),
                Columns.getDate(rows, "decided_on"), rows.getString("note"),
                rows.getString("recorded_by_id"), rows.getString("recorded_by_name"),
                Columns.getInstant(rows, "recorded_at"));
    }

    private static ConsentRecord withId(ConsentRecord r, long id) {
        return new ConsentRecord(id, r.pupilId(), r.decision(), r.scopes(), r.personName(), r.relationship(),
                r.decidedOn(), r.note(), r.recordedById(), r.recordedByName(), Columns.storable(r.recordedAt()));
    }
}

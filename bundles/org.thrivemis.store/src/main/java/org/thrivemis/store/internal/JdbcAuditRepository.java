package org.thrivemis.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.StoreException;

/**
 * The audit trail in table {@code audit_entry}, on the connection of one transaction. A search's
 * time window is half-open: {@code from} inclusive, {@code to} exclusive, so consecutive windows
 * never count an entry twice.
 */
final class JdbcAuditRepository implements AuditRepository {

    private static final String TABLE = "audit_entry";
    private static final String INSERT = "INSERT INTO audit_entry"
            + " (at, actor_id, actor_name, action, pupil_id, detail, outcome) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final Supplier<Connection> connection;

    JdbcAuditRepository(Supplier<Connection> connection) {
        this.connection = connection;
    }

    @Override
    public void append(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.get().prepareStatement(INSERT)) {
            for (AuditEntry entry : entries) {
                Columns.setInstant(insert, 1, entry.at());
                insert.setString(2, entry.actorId());
                insert.setString(3, entry.actorName());
                insert.setString(4, entry.action());
                insert.setString(5, entry.pupilId());
                insert.setString(6, entry.detail());
                insert.setString(7, entry.outcome().name());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new StoreException("Could not append " + entries.size() + " audit entries (first: "
                    + entries.get(0).action() + " by " + entries.get(0).actorId() + "): " + e.getMessage(), e);
        }
    }

    @Override
    public List<AuditEntry> search(AuditQuery query) {
        if (query.limit() < 0) {
            throw new IllegalArgumentException("Audit search limit is " + query.limit()
                    + "; give 0 or more entries to return");
        }
        if (query.limit() == 0) {
            return List.of();
        }
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        query.pupilId().ifPresent(v -> add(conditions, values, "pupil_id = ?", v));
        query.actorId().ifPresent(v -> add(conditions, values, "actor_id = ?", v));
        query.action().ifPresent(v -> add(conditions, values, "action = ?", v));
        query.from().ifPresent(v -> add(conditions, values, "at >= ?", v));
        query.to().ifPresent(v -> add(conditions, values, "at < ?", v));
        query.after().ifPresent(c -> {
            // the next page in (at DESC, id DESC) order: a position, so new entries do not shift pages
            conditions.add("(at < ? OR (at = ? AND id < ?))");
            values.add(c.at());
            values.add(c.at());
            values.add(c.id());
        });
        String sql = "SELECT id, at, actor_id, actor_name, action, pupil_id, detail, outcome FROM audit_entry"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY at DESC, id DESC FETCH FIRST ? ROWS ONLY";
        try (PreparedStatement select = connection.get().prepareStatement(sql)) {
            int index = 1;
            for (Object value : values) {
                if (value instanceof Instant instant) {
                    Columns.setInstant(select, index++, instant);
                } else if (value instanceof Long id) {
                    select.setLong(index++, id);
                } else {
                    select.setString(index++, (String) value);
                }
            }
            select.setInt(index, query.limit());
            List<AuditEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(read(rows));
                }
            }
            return Collections.unmodifiableList(entries);
        } catch (SQLException e) {
            throw new StoreException("Could not search the audit trail (" + query + "): " + e.getMessage(), e);
        }
    }

    private static void add(List<String> conditions, List<Object> values, String condition, Object value) {
        conditions.add(condition);
        values.add(value);
    }

    private static AuditEntry read(ResultSet rows) throws SQLException {
        return new AuditEntry(rows.getLong("id"), Columns.getInstant(rows, "at"), rows.getString("actor_id"),
                rows.getString("actor_name"), rows.getString("action"), rows.getString("pupil_id"),
                rows.getString("detail"), Columns.getEnum(rows, TABLE, "outcome", AuditOutcome.class));
    }
}

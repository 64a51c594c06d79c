package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.store.StoreException;

class MigrationsTest {

    @TempDir
    Path dir;

    @Test
    void createsBothTablesWithTheSpecifiedColumns() throws SQLException {
        H2Database db = new H2Database(dir);

        Migrations.migrate(db.dataSource());

        assertEquals(List.of("ID", "PUPIL_ID", "DECISION", "SCOPES", "PERSON_NAME", "RELATIONSHIP", "DECIDED_ON",
                "NOTE", "RECORDED_BY_ID", "RECORDED_BY_NAME", "RECORDED_AT"), columns(db, "CONSENT_RECORD"));
        assertEquals(List.of("ID", "AT", "ACTOR_ID", "ACTOR_NAME", "ACTION", "PUPIL_ID", "DETAIL", "OUTCOME"),
                columns(db, "AUDIT_ENTRY"));
    }

    @Test
    void createsTheLookupIndexes() throws SQLException {
        H2Database db = new H2Database(dir);

        Migrations.migrate(db.dataSource());

        assertEquals(List.of("PUPIL_ID"), indexColumns(db, "CONSENT_RECORD", "CONSENT_RECORD_PUPIL"));
        assertEquals(List.of("PUPIL_ID"), indexColumns(db, "AUDIT_ENTRY", "AUDIT_ENTRY_PUPIL"));
        assertEquals(List.of("ACTOR_ID", "AT"), indexColumns(db, "AUDIT_ENTRY", "AUDIT_ENTRY_ACTOR_AT"));
        assertEquals(1000, db.queryLong("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'AUDIT_ENTRY' AND COLUMN_NAME = 'ID'"),
                "audit ids from a cache of 1000: a class page's entries do not store the sequence each time");
        assertEquals(1000, db.queryLong("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_NAME = 'ASSESSMENT' AND COLUMN_NAME = 'ID'"),
                "assessment ids from a cache of 1000: an import does not store the sequence every 32 rows");
    }

    @Test
    void runningAgainChangesNothingAndKeepsData() throws SQLException {
        H2Database db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        db.execute("INSERT INTO audit_entry (at, actor_id, actor_name, action, pupil_id, detail, outcome)"
                + " VALUES (CURRENT_TIMESTAMP, 's1', 'Ann', 'consent.read', 'p1', 'tab', 'ALLOWED')");

        Migrations.migrate(db.dataSource());
        Migrations.migrate(db.dataSource());

        // thrive.sql's own changesets: other areas append changelog files of their own
        assertEquals(4, db.queryLong("SELECT COUNT(*) FROM DATABASECHANGELOG WHERE FILENAME = 'db/changelog/thrive.sql'"),
                "one row per changeset");
        assertEquals(1, db.queryLong("SELECT COUNT(*) FROM audit_entry"));
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED"),
                "the migration lock is released");
    }

    @Test
    void aSchemaThatCannotBeMigratedFailsNamingTheChangeset() throws SQLException {
        H2Database db = new H2Database(dir);
        db.execute("CREATE TABLE consent_record (id INT)");

        StoreException e = assertThrows(StoreException.class, () -> Migrations.migrate(db.dataSource()));

        assertTrue(e.getMessage().startsWith("Cannot bring the Thrive database schema up to date"), e.getMessage());
        assertTrue(e.getMessage().contains("1-consent-record"), e.getMessage());
        assertEquals(0, db.queryLong("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED"),
                "the migration lock is released");
    }

    private static List<String> columns(H2Database db, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                ResultSet rows = c.getMetaData().getColumns(null, "PUBLIC", table, null)) {
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME"));
            }
        }
        return names;
    }

    private static List<String> indexColumns(H2Database db, String table, String index) throws SQLException {
        List<String> names = new ArrayList<>();
        Set<String> indexes = new HashSet<>();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rows = meta.getIndexInfo(null, "PUBLIC", table, false, false)) {
                while (rows.next()) {
                    indexes.add(rows.getString("INDEX_NAME"));
                    if (index.equals(rows.getString("INDEX_NAME"))) {
                        names.add(rows.getString("COLUMN_NAME"));
                    }
                }
            }
        }
        assertTrue(indexes.contains(index), () -> index + " missing from " + indexes);
        return names;
    }
}

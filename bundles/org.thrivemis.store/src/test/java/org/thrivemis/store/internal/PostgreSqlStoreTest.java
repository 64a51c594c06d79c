package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.osgi.PGDataSourceFactory;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.store.StoreException;

/**
 * The store on a real PostgreSQL, configured as a trust would configure it (a URL and the driver's
 * DataSourceFactory): every changelog applies, repositories read back what they wrote, a failed
 * unit of work leaves nothing, a second start migrates nothing and loses nothing.
 */
class PostgreSqlStoreTest {
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    private String url;
    private JdbcThriveStore store;

    @BeforeEach
    void open() {
        url = PostgreSqlServer.get().newDatabase();
        store = open(url);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    private static JdbcThriveStore open(String url) {
        DatabaseSettings settings = DatabaseSettings.from(
                TestConfig.defaults().withUrl(url).withCredentials(PostgreSqlServer.get().user(), ""), key -> null);
        return new JdbcThriveStore(settings, new PGDataSourceFactory());
    }

    private static ConsentRecord consent(String pupil, LocalDate decided, ConsentDecision decision) {
        return new ConsentRecord(0, pupil, decision, Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN),
                "Alex Parent", Relationship.PARENT, decided, "signed form", "s1", "Office User", NOON);
    }

    @Test
    void everyChangelogAppliesOnPostgreSql() throws SQLException {
        assertTrue(store.describe().startsWith("PostgreSQL"), store.describe());
        try (Connection c = java.sql.DriverManager.getConnection(url, PostgreSqlServer.get().user(), "");
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(DISTINCT filename) FROM databasechangelog")) {
            rs.next();
            assertEquals(Migrations.CHANGELOGS.size(), rs.getInt(1), "each changelog file recorded as applied");
        }
    }

    @Test
    void consentRecordsReadBackInOrderAndInBulk() {
        boolean before = store.read(tx -> tx.consents().any());
        assertFalse(before, "no consent yet: FETCH FIRST works on PostgreSQL");
        store.write(tx -> {
            tx.consents().insert(consent("p1", LocalDate.of(2026, 9, 1), ConsentDecision.GIVEN));
            tx.consents().insert(consent("p1", LocalDate.of(2026, 10, 1), ConsentDecision.WITHDRAWN));
            tx.consents().insert(consent("p2", LocalDate.of(2026, 9, 5), ConsentDecision.GIVEN));
            return null;
        });
        List<ConsentRecord> p1 = store.read(tx -> tx.consents().history("p1"));
        assertEquals(List.of(ConsentDecision.WITHDRAWN, ConsentDecision.GIVEN), p1.stream().map(ConsentRecord::decision).toList());
        assertEquals(Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN), p1.get(0).scopes());
        assertEquals(NOON, p1.get(0).recordedAt());
        boolean after = store.read(tx -> tx.consents().any());
        assertTrue(after);
        Map<String, List<ConsentRecord>> both = store.read(tx -> tx.consents().histories(List.of("p1", "p2", "p3")));
        assertEquals(Set.of("p1", "p2"), both.keySet());
    }

    @Test
    void auditSearchFiltersByPupilAndTime() {
        store.write(tx -> {
            tx.audit().append(List.of(
                    new AuditEntry(0, NOON, "s1", "Office", "consent.read", "p1", "pupil record", AuditOutcome.ALLOWED),
                    new AuditEntry(0, NOON.plus(1, ChronoUnit.HOURS), "s2", "Teacher", "consent.read", "p1", "class view", AuditOutcome.DENIED),
                    new AuditEntry(0, NOON, "s1", "Office", "consent.record", "p2", "pupil record", AuditOutcome.ALLOWED)));
            return null;
        });
        List<AuditEntry> p1 = store.read(tx -> tx.audit().search(AuditQuery.forPupil("p1", 10)));
        assertEquals(List.of("s2", "s1"), p1.stream().map(AuditEntry::actorId).toList(), "newest first");
        assertEquals(AuditOutcome.DENIED, p1.get(0).outcome());
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        assertThrows(IllegalStateException.class, () -> store.write(tx -> {
            tx.consents().insert(consent("p9", LocalDate.of(2026, 9, 1), ConsentDecision.GIVEN));
            throw new IllegalStateException("the work failed after writing");
        }));
        assertEquals(List.of(), store.read(tx -> tx.consents().history("p9")));
    }

    @Test
    void readTransactionsCannotWrite() {
        assertThrows(StoreException.class, () -> store.read(tx ->
                tx.consents().insert(consent("p1", LocalDate.of(2026, 9, 1), ConsentDecision.GIVEN))));
    }

    @Test
    void reopeningMigratesNothingAndKeepsEveryRecord() {
        store.write(tx -> tx.consents().insert(consent("p1", LocalDate.of(2026, 9, 1), ConsentDecision.GIVEN)));
        store.close();
        store = open(url);
        assertEquals(1, store.read(tx -> tx.consents().history("p1")).size());
    }
}

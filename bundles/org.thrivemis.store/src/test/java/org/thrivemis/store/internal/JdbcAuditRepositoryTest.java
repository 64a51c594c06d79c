package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.audit.AuditCursor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.store.StoreException;

class JdbcAuditRepositoryTest {

    private static final Instant T0 = Instant.parse("2025-09-10T08:00:00Z");

    @TempDir
    Path dir;

    private H2Database db;
    private Connection connection;
    private JdbcAuditRepository audit;

    @BeforeEach
    void open() throws SQLException {
        db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        connection = db.transaction();
        audit = new JdbcAuditRepository(() -> connection);
        audit.append(List.of(
                entry(T0, "s1", "consent.read", "p1", AuditOutcome.ALLOWED),
                entry(T0.plusSeconds(60), "s2", "consent.record", "p1", AuditOutcome.ALLOWED),
                entry(T0.plusSeconds(120), "s1", "consent.read", "p2", AuditOutcome.DENIED),
                entry(T0.plusSeconds(180), "s2", "consent.read", "", AuditOutcome.ALLOWED)));
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void appendStoresTheWholeBatchWithEveryField() throws SQLException {
        connection.commit();

        assertEquals(4, db.queryLong("SELECT COUNT(*) FROM audit_entry"));
        AuditEntry denied = audit.search(query(Optional.of("p2"), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 10)).get(0);
        assertEquals(List.of(T0.plusSeconds(120), "s1", "Name of s1", "consent.read", "p2", "why", AuditOutcome.DENIED),
                List.of(denied.at(), denied.actorId(), denied.actorName(), denied.action(), denied.pupilId(),
                        denied.detail(), denied.outcome()));
        assertTrue(denied.id() > 0);
    }

    @Test
    void appendingNothingIsFine() {
        audit.append(List.of());

        assertEquals(4, audit.search(all(100)).size());
    }

    @Test
    void everythingNewestFirst() {
        assertEquals(List.of(T0.plusSeconds(180), T0.plusSeconds(120), T0.plusSeconds(60), T0), times(all(100)));
    }

    @Test
    void entriesAtTheSameMomentComeLatestAppendedFirst() {
        audit.append(List.of(entry(T0.plusSeconds(600), "first", "a", "p9", AuditOutcome.ALLOWED),
                entry(T0.plusSeconds(600), "second", "a", "p9", AuditOutcome.ALLOWED)));

        assertEquals(List.of("second", "first"),
                audit.search(AuditQuery.forPupil("p9", 10)).stream().map(AuditEntry::actorId).toList());
    }

    @Test
    void byPupil() {
        assertEquals(List.of(T0.plusSeconds(60), T0), times(AuditQuery.forPupil("p1", 100)));
    }

    @Test
    void byActor() {
        assertEquals(List.of(T0.plusSeconds(120), T0),
                times(query(Optional.empty(), Optional.of("s1"), Optional.empty(), Optional.empty(), Optional.empty(), 100)));
    }

    @Test
    void byAction() {
        assertEquals(List.of(T0.plusSeconds(60)), times(query(Optional.empty(), Optional.empty(),
                Optional.of("consent.record"), Optional.empty(), Optional.empty(), 100)));
    }

    @Test
    void fromIsInclusive() {
        assertEquals(List.of(T0.plusSeconds(180), T0.plusSeconds(120)), times(query(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(T0.plusSeconds(120)), Optional.empty(), 100)));
    }

    @Test
    void toIsExclusive() {
        assertEquals(List.of(T0.plusSeconds(60), T0), times(query(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(T0.plusSeconds(120)), 100)));
    }

    @Test
    void criteriaCombine() {
        assertEquals(List.of(T0), times(query(Optional.of("p1"), Optional.of("s1"), Optional.of("consent.read"),
                Optional.of(T0), Optional.of(T0.plusSeconds(1)), 100)));
        assertEquals(List.of(), times(query(Optional.of("p1"), Optional.of("s1"), Optional.of("consent.record"),
                Optional.empty(), Optional.empty(), 100)));
    }

    @Test
    void limitKeepsTheNewest() {
        assertEquals(List.of(T0.plusSeconds(180), T0.plusSeconds(120)), times(all(2)));
        assertEquals(List.of(), times(all(0)));
    }

    @Test
    void pagesFollowOnFromTheLastEntryWithoutRepeatsOrGapsAlsoAtTheSameMoment() {
        audit.append(List.of(entry(T0.plusSeconds(120), "s3", "plan.read", "p2", AuditOutcome.ALLOWED)));
        List<AuditEntry> seen = new java.util.ArrayList<>();
        Optional<AuditCursor> after = Optional.empty();
        for (int page = 0; page < 5; page++) {
            List<AuditEntry> found = audit.search(new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), 2, after));
            if (found.isEmpty()) {
                break;
            }
            seen.addAll(found);
            after = Optional.of(AuditCursor.after(found.get(found.size() - 1)));
        }

        assertEquals(audit.search(all(100)), seen, "two by two, the same entries in the same order as one page");
        assertEquals(5, seen.size());
        audit.append(List.of(entry(T0.plusSeconds(900), "s4", "plan.read", "p1", AuditOutcome.ALLOWED)));
        assertEquals(List.of(T0.plusSeconds(60), T0), times(new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), 10, Optional.of(AuditCursor.after(seen.get(2))))),
                "an entry appended meanwhile does not shift the next page");
    }

    @Test
    void aNegativeLimitIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> audit.search(all(-1)));

        assertTrue(e.getMessage().contains("-1"), e.getMessage());
    }

    @Test
    void anUnknownStoredOutcomeIsReported() throws SQLException {
        connection.commit();
        db.execute("UPDATE audit_entry SET outcome = 'MAYBE' WHERE pupil_id = 'p2'");

        StoreException e = assertThrows(StoreException.class, () -> audit.search(AuditQuery.forPupil("p2", 10)));

        assertTrue(e.getMessage().contains("outcome holds 'MAYBE'"), e.getMessage());
    }

    private List<Instant> times(AuditQuery query) {
        return audit.search(query).stream().map(AuditEntry::at).toList();
    }

    private static AuditQuery all(int limit) {
        return query(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    private static AuditQuery query(Optional<String> pupil, Optional<String> actor, Optional<String> action,
            Optional<Instant> from, Optional<Instant> to, int limit) {
        return new AuditQuery(pupil, actor, action, from, to, limit);
    }

    static AuditEntry entry(Instant at, String actor, String action, String pupil, AuditOutcome outcome) {
        return new AuditEntry(0, at, actor, "Name of " + actor, action, pupil, "why", outcome);
    }
}

package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.store.StoreException;

class JdbcConsentRepositoryTest {

    private static final Instant NOON = Instant.parse("2025-09-10T12:00:00.123456Z");

    @TempDir
    Path dir;

    private H2Database db;
    private Connection connection;
    private JdbcConsentRepository consents;

    @BeforeEach
    void open() throws SQLException {
        db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        connection = db.transaction();
        consents = new JdbcConsentRepository(() -> connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void insertAssignsAnIdAndReadsBackEveryField() {
        ConsentRecord given = new ConsentRecord(0, "p1", ConsentDecision.GIVEN,
                Set.of(ConsentScope.ACTION_PLAN, ConsentScope.INDIVIDUAL_ASSESSMENT), "Jo Bloggs",
                Relationship.GUARDIAN, LocalDate.of(2025, 9, 8), "signed form in pupil file", "s1", "Ann Office",
                Instant.parse("2025-09-10T12:00:00.123456789Z"));

        ConsentRecord stored = consents.insert(given);

        assertTrue(stored.id() > 0, "an id is assigned");
        assertEquals(Instant.parse("2025-09-10T12:00:00.123456Z"), stored.recordedAt(),
                "returned as the database keeps it: to the microsecond");
        assertEquals(List.of(stored), consents.history("p1"));
    }

    @Test
    void anyIsFalseOnANewDatabaseAndTrueOnceOneRecordIsStored() {
        assertEquals(false, consents.any(), "a new installation");
        consents.insert(record("p1", LocalDate.of(2025, 9, 1), NOON));
        consents.insert(record("p2", LocalDate.of(2025, 9, 1), NOON));

        assertTrue(consents.any());
    }

    @Test
    void eachInsertGetsItsOwnId() {
        long first = consents.insert(record("p1", LocalDate.of(2025, 9, 1), NOON)).id();
        long second = consents.insert(record("p1", LocalDate.of(2025, 9, 1), NOON)).id();

        assertNotEquals(first, second);
    }

    @Test
    void storesAnEmptyScopeSetAsEmpty() {
        ConsentRecord none = new ConsentRecord(0, "p1", ConsentDecision.WITHDRAWN, Set.of(), "Jo", Relationship.PARENT,
                LocalDate.of(2025, 9, 1), "", "s1", "Ann", NOON);

        consents.insert(none);

        assertEquals(Set.of(), consents.history("p1").get(0).scopes());
    }

    @Test
    void historyIsNewestDecisionFirstThenLatestRecordedThenLatestId() {
        ConsentRecord oldDecision = consents.insert(record("p1", LocalDate.of(2025, 1, 5), NOON.plusSeconds(900)));
        ConsentRecord newDecisionEarlyEntry = consents.insert(record("p1", LocalDate.of(2025, 3, 1), NOON));
        ConsentRecord newDecisionLateEntry = consents.insert(record("p1", LocalDate.of(2025, 3, 1), NOON.plusSeconds(60)));
        ConsentRecord sameMomentLaterId = consents.insert(record("p1", LocalDate.of(2025, 3, 1), NOON.plusSeconds(60)));
        consents.insert(record("p2", LocalDate.of(2025, 4, 1), NOON));

        assertEquals(List.of(sameMomentLaterId, newDecisionLateEntry, newDecisionEarlyEntry, oldDecision),
                consents.history("p1"));
    }

    @Test
    void historyOfAPupilWithoutRecordsIsEmpty() {
        assertEquals(List.of(), consents.history("nobody"));
    }

    @Test
    void historiesReturnsEachAskedPupilsHistoryAndLeavesOutPupilsWithout() {
        ConsentRecord a1 = consents.insert(record("a", LocalDate.of(2025, 1, 1), NOON));
        ConsentRecord a2 = consents.insert(record("a", LocalDate.of(2025, 2, 1), NOON));
        ConsentRecord b1 = consents.insert(record("b", LocalDate.of(2025, 1, 1), NOON));
        consents.insert(record("not-asked", LocalDate.of(2025, 1, 1), NOON));

        Map<String, List<ConsentRecord>> histories = consents.histories(List.of("b", "a", "no-records", "a"));

        assertEquals(Map.of("a", List.of(a2, a1), "b", List.of(b1)), histories);
        assertEquals(List.of("b", "a"), List.copyOf(histories.keySet()), "in the order asked");
    }

    @Test
    void historiesOfNoPupilsIsEmpty() {
        assertEquals(Map.of(), consents.histories(List.of()));
    }

    @Test
    void historiesFindsPupilsBeyondOneInListChunk() {
        List<String> pupils = IntStream.range(0, 2 * JdbcConsentRepository.IN_LIST_LIMIT + 5)
                .mapToObj(i -> "p" + i).toList();
        List<String> withRecords = List.of("p0", "p999", "p1000", "p1999", "p2000", "p2004");
        List<ConsentRecord> stored = new ArrayList<>();
        for (String pupil : withRecords) {
            stored.add(consents.insert(record(pupil, LocalDate.of(2025, 1, 1), NOON)));
        }

        Map<String, List<ConsentRecord>> histories = consents.histories(pupils);

        assertEquals(withRecords, List.copyOf(histories.keySet()));
        for (ConsentRecord record : stored) {
            assertEquals(List.of(record), histories.get(record.pupilId()));
        }
    }

    @Test
    void anUnknownStoredDecisionIsReportedWithRowAndValue() throws SQLException {
        long id = consents.insert(record("p1", LocalDate.of(2025, 1, 1), NOON)).id();
        connection.commit();
        db.execute("UPDATE consent_record SET decision = 'MAYBE' WHERE id = " + id);

        StoreException e = assertThrows(StoreException.class, () -> consents.history("p1"));

        assertTrue(e.getMessage().contains("consent_record id " + id), e.getMessage());
        assertTrue(e.getMessage().contains("decision holds 'MAYBE'"), e.getMessage());
    }

    @Test
    void anUnknownStoredScopeIsReportedWithRowAndValue() throws SQLException {
        long id = consents.insert(record("p1", LocalDate.of(2025, 1, 1), NOON)).id();
        connection.commit();
        db.execute("UPDATE consent_record SET scopes = 'ACTION_PLAN,PHOTOS' WHERE id = " + id);

        StoreException e = assertThrows(StoreException.class, () -> consents.histories(List.of("p1")));

        assertTrue(e.getMessage().contains("scopes holds 'PHOTOS'"), e.getMessage());
    }

    @Test
    void aValueTooLongForItsColumnIsAStoreExceptionNamingThePupil() {
        ConsentRecord tooLong = new ConsentRecord(0, "p1", ConsentDecision.GIVEN, Set.of(ConsentScope.ACTION_PLAN),
                "x".repeat(201), Relationship.PARENT, LocalDate.of(2025, 1, 1), "", "s1", "Ann", NOON);

        StoreException e = assertThrows(StoreException.class, () -> consents.insert(tooLong));

        assertTrue(e.getMessage().startsWith("Could not store the consent record of pupil p1"), e.getMessage());
    }

    static ConsentRecord record(String pupilId, LocalDate decidedOn, Instant recordedAt) {
        return new ConsentRecord(0, pupilId, ConsentDecision.GIVEN, Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT),
                "Jo Bloggs", Relationship.PARENT, decidedOn, "", "s1", "Ann Office", recordedAt);
    }
}

package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.api.store.StoreException;

/** Screening rounds, snapshots and versioned marks on a real H2 database. */
class JdbcScreeningRepositoryTest {
    static final Instant NOON = Instant.parse("2025-09-10T12:00:00.123456Z");

    @TempDir
    Path dir;

    private H2Database db;
    private Connection connection;
    private JdbcScreeningRepository rounds;

    @BeforeEach
    void open() throws SQLException {
        db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        connection = db.transaction();
        rounds = new JdbcScreeningRepository(() -> connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    static ScreeningRound round(String classId, int year, Term term) {
        return new ScreeningRound(0, classId, "Year 3 Oak", year, term, RoundStatus.OPEN, "thrivemis-sample", "1.0.0",
                LocalDate.of(2025, 9, 10), "T-OAK", "Olive Oakley", NOON, "Olive Oakley", Optional.empty(), 1);
    }

    @Test
    void aRoundKeepsEveryFieldAndItsSnapshotInOrder() {
        List<RoundMember> members = List.of(new RoundMember("p2", 84), new RoundMember("p1", 96));
        ScreeningRound stored = rounds.insert(round("3O", 2025, Term.AUTUMN), members);

        assertTrue(stored.id() > 0);
        assertEquals(stored, rounds.find(stored.id()).orElseThrow());
        assertEquals(Optional.of(stored), rounds.find("3O", 2025, Term.AUTUMN));
        assertEquals(Optional.empty(), rounds.find("3O", 2025, Term.SPRING));
        assertEquals(members, rounds.members(stored.id()));
    }

    @Test
    void aSecondRoundForTheSameTermIsRefusedByTheDatabase() {
        rounds.insert(round("3O", 2025, Term.AUTUMN), List.of());

        assertThrows(StoreException.class, () -> rounds.insert(round("3O", 2025, Term.AUTUMN), List.of()));
    }

    @Test
    void roundsOfAClassComeNewestFirstInTermOrder() {
        ScreeningRound autumn = rounds.insert(round("3O", 2025, Term.AUTUMN), List.of());
        ScreeningRound summer = rounds.insert(round("3O", 2024, Term.SUMMER), List.of());
        ScreeningRound spring = rounds.insert(round("3O", 2025, Term.SPRING), List.of());
        rounds.insert(round("4A", 2025, Term.AUTUMN), List.of());

        assertEquals(List.of(spring.id(), autumn.id(), summer.id()),
                rounds.ofClass("3O").stream().map(ScreeningRound::id).toList());
    }

    @Test
    void marksRememberTheVersionThatSetThemSoLaterChangesCanBeFound() {
        ScreeningRound r = rounds.insert(round("3O", 2025, Term.AUTUMN),
                List.of(new RoundMember("p1", 84), new RoundMember("p2", 84)));
        ScreeningRound v2 = rounds.touch(r.id(), NOON.plusSeconds(5), "Olive Oakley").orElseThrow();
        rounds.putMarks(r.id(), v2.version(), List.of(new Mark("p1", "s1", Level.SECURE), new Mark("p2", "s1", Level.NOT_YET)));
        ScreeningRound v3 = rounds.touch(r.id(), NOON.plusSeconds(9), "Sam Senior").orElseThrow();
        rounds.putMarks(r.id(), v3.version(), List.of(new Mark("p1", "s1", Level.EMERGING)));

        assertEquals(3, v3.version());
        assertEquals("Sam Senior", v3.updatedBy());
        assertEquals(List.of(new Mark("p1", "s1", Level.EMERGING), new Mark("p2", "s1", Level.NOT_YET)),
                rounds.marks(r.id()));
        assertEquals(List.of(new Mark("p1", "s1", Level.EMERGING)), rounds.marksSince(r.id(), 2));
        assertEquals(List.of(), rounds.marksSince(r.id(), 3));
    }

    @Test
    void closingNeedsTheCurrentVersionAndAnOpenRound() {
        ScreeningRound r = rounds.insert(round("3O", 2025, Term.AUTUMN), List.of());

        assertEquals(Optional.empty(), rounds.close(r.id(), 7, NOON, "Olive Oakley"));
        ScreeningRound closed = rounds.close(r.id(), 1, NOON.plusSeconds(60), "Olive Oakley").orElseThrow();
        assertEquals(RoundStatus.CLOSED, closed.status());
        assertEquals(2, closed.version());
        assertEquals(Optional.of(Columns.storable(NOON.plusSeconds(60))), closed.closedAt());
        assertEquals(Optional.empty(), rounds.close(r.id(), 2, NOON, "Olive Oakley"));
    }

    @Test
    void whoClosingScreenedIsRemembered() {
        ScreeningRound r = rounds.insert(round("3O", 2025, Term.AUTUMN),
                List.of(new RoundMember("p1", 84), new RoundMember("p2", 84)));
        assertEquals(java.util.Set.of(), rounds.screened(r.id()));

        rounds.markScreened(r.id(), List.of("p2"));

        assertEquals(java.util.Set.of("p2"), rounds.screened(r.id()));
    }
}

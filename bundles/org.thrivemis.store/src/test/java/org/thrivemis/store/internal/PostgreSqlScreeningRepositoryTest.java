package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.osgi.PGDataSourceFactory;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.api.store.StoreException;

/** Screening rounds on a real PostgreSQL through the store: the same SQL as on H2. */
class PostgreSqlScreeningRepositoryTest {
    private JdbcThriveStore store;

    @BeforeEach
    void open() {
        String url = PostgreSqlServer.get().newDatabase();
        store = new JdbcThriveStore(DatabaseSettings.from(
                TestConfig.defaults().withUrl(url).withCredentials(PostgreSqlServer.get().user(), ""), key -> null),
                new PGDataSourceFactory());
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void aRoundGoesRoundWithSnapshotMarksVersionsAndClosing() {
        ScreeningRound r = store.write(tx -> tx.screening().insert(JdbcScreeningRepositoryTest.round("3O", 2026,
                Term.AUTUMN), List.of(new RoundMember("p1", 84), new RoundMember("p2", 84))));
        store.write(tx -> {
            long v = tx.screening().touch(r.id(), JdbcScreeningRepositoryTest.NOON, "Olive").orElseThrow().version();
            tx.screening().putMarks(r.id(), v, List.of(new Mark("p1", "s1", Level.SECURE)));
            return null;
        });
        store.write(tx -> {
            long v = tx.screening().touch(r.id(), JdbcScreeningRepositoryTest.NOON, "Sam").orElseThrow().version();
            tx.screening().putMarks(r.id(), v, List.of(new Mark("p1", "s1", Level.EMERGING), new Mark("p2", "s1",
                    Level.NOT_YET)));
            return null;
        });
        ScreeningRound closed = store.write(tx -> {
            tx.screening().markScreened(r.id(), List.of("p1"));
            return tx.screening().close(r.id(), 3, JdbcScreeningRepositoryTest.NOON, "Sam");
        }).orElseThrow();
        assertEquals(java.util.Set.of("p1"), store.read(tx -> tx.screening().screened(r.id())));

        assertEquals(RoundStatus.CLOSED, closed.status());
        assertEquals(4, closed.version());
        assertEquals(List.of(new RoundMember("p1", 84), new RoundMember("p2", 84)),
                store.read(tx -> tx.screening().members(r.id())));
        assertEquals(List.of(new Mark("p1", "s1", Level.EMERGING), new Mark("p2", "s1", Level.NOT_YET)),
                store.read(tx -> tx.screening().marksSince(r.id(), 2)));
        assertEquals(Optional.of(closed), store.read(tx -> tx.screening().find("3O", 2026, Term.AUTUMN)));
        assertThrows(StoreException.class, () -> store.write(tx -> tx.screening().insert(
                JdbcScreeningRepositoryTest.round("3O", 2026, Term.AUTUMN), List.of())));
    }
}

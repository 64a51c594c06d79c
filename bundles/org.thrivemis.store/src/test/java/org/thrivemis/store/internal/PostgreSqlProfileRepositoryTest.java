package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.osgi.PGDataSourceFactory;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/** Assessments on a real PostgreSQL through the store: the same SQL as on H2, versions and levels. */
class PostgreSqlProfileRepositoryTest {
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

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

    private static Assessment draft(String pupilId, LocalDate on) {
        return new Assessment(0, pupilId, ProfileKind.BASELINE, "", AssessmentStatus.DRAFT, on, "thrivemis-sample",
                "1.0.0", Map.of("being-01", Level.EMERGING), "s1", "Pat", NOON, "Pat", Optional.empty(), 1);
    }

    @Test
    void anAssessmentGoesRoundWithVersionsLevelsAndOrder() {
        Assessment older = store.write(tx -> tx.profiles().insert(draft("p1", LocalDate.of(2026, 9, 1))));
        Assessment newer = store.write(tx -> tx.profiles().insert(draft("p1", LocalDate.of(2026, 11, 2))));
        store.write(tx -> tx.profiles().insert(draft("p2", LocalDate.of(2026, 10, 1))));
        Assessment completed = new Assessment(older.id(), "p1", older.kind(), "", AssessmentStatus.COMPLETED,
                older.assessedOn(), older.packId(), older.packVersion(),
                Map.of("being-01", Level.SECURE, "being-02", Level.NOT_YET), "s1", "Pat", NOON, "Sam", Optional.of(NOON), 1);

        Assessment saved = store.write(tx -> tx.profiles().update(completed, 1)).orElseThrow();
        Optional<Assessment> stale = store.write(tx -> tx.profiles().update(completed, 1));

        assertEquals(2, saved.version());
        assertEquals(Optional.empty(), stale);
        assertEquals(saved, store.read(tx -> tx.profiles().find(older.id())).orElseThrow());
        List<Assessment> history = store.read(tx -> tx.profiles().ofPupil("p1"));
        assertEquals(List.of(newer.id(), older.id()), history.stream().map(Assessment::id).toList());
        assertEquals(Map.of("being-01", Level.SECURE, "being-02", Level.NOT_YET), history.get(1).levels());
    }
}

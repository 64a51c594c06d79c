package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/** Assessments and their levels on a real H2 database, with the optimistic-locking update. */
class JdbcProfileRepositoryTest {
    private static final Instant NOON = Instant.parse("2025-09-10T12:00:00.123456Z");

    @TempDir
    Path dir;

    private H2Database db;
    private Connection connection;
    private JdbcProfileRepository profiles;

    @BeforeEach
    void open() throws SQLException {
        db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        connection = db.transaction();
        profiles = new JdbcProfileRepository(() -> connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static Assessment draft(String pupilId, LocalDate on, Map<String, Level> levels) {
        return new Assessment(0, pupilId, ProfileKind.BEHAVIOUR, "hits out at playtimes", AssessmentStatus.DRAFT, on,
                "thrivemis-sample", "1.0.0", levels, "S-PRA", "Pat Practitioner", NOON, "Pat Practitioner",
                Optional.empty(), 1);
    }

    @Test
    void insertAndFindKeepEveryFieldAndLevel() {
        Assessment stored = profiles.insert(draft("p1", LocalDate.of(2025, 9, 8),
                Map.of("being-01", Level.SECURE, "being-02", Level.EMERGING)));

        Assessment found = profiles.find(stored.id()).orElseThrow();

        assertTrue(stored.id() > 0);
        assertEquals(stored, found);
        assertEquals(Map.of("being-01", Level.SECURE, "being-02", Level.EMERGING), found.levels());
        assertEquals("hits out at playtimes", found.reason());
        assertEquals(Optional.empty(), found.completedAt());
    }

    @Test
    void updateWithTheCurrentVersionReplacesLevelsAndMovesTheVersionOn() {
        Assessment stored = profiles.insert(draft("p1", LocalDate.of(2025, 9, 8), Map.of("being-01", Level.NOT_YET)));
        Instant later = NOON.plusSeconds(60);
        Assessment completed = new Assessment(stored.id(), "p1", stored.kind(), stored.reason(),
                AssessmentStatus.COMPLETED, stored.assessedOn(), stored.packId(), stored.packVersion(),
                Map.of("being-01", Level.SECURE, "doing-01", Level.EMERGING), "S-PRA", "Pat Practitioner", later,
                "Sam Senior", Optional.of(later), stored.version());

        Assessment saved = profiles.update(completed, 1).orElseThrow();

        assertEquals(2, saved.version());
        assertEquals(saved, profiles.find(stored.id()).orElseThrow());
        assertEquals("Sam Senior", saved.updatedBy());
        assertEquals(Optional.of(later), saved.completedAt());
    }

    @Test
    void aStaleVersionWritesNothing() {
        Assessment stored = profiles.insert(draft("p1", LocalDate.of(2025, 9, 8), Map.of("being-01", Level.NOT_YET)));
        profiles.update(stored, 1).orElseThrow();

        Optional<Assessment> stale = profiles.update(new Assessment(stored.id(), "p1", stored.kind(), stored.reason(),
                AssessmentStatus.DRAFT, stored.assessedOn(), stored.packId(), stored.packVersion(),
                Map.of("being-01", Level.SECURE), "S-PRA", "Pat Practitioner", NOON, "Someone Else",
                Optional.empty(), 1), 1);

        assertEquals(Optional.empty(), stale);
        Assessment now = profiles.find(stored.id()).orElseThrow();
        assertEquals(Map.of("being-01", Level.NOT_YET), now.levels());
        assertEquals(2, now.version());
    }

    @Test
    void aPupilsHistoryIsNewestFirstWithEachOnesLevels() {
        Assessment older = profiles.insert(draft("p1", LocalDate.of(2025, 1, 6), Map.of("being-01", Level.NOT_YET)));
        Assessment newer = profiles.insert(draft("p1", LocalDate.of(2025, 6, 2), Map.of("being-01", Level.SECURE)));
        profiles.insert(draft("p2", LocalDate.of(2025, 3, 3), Map.of("being-01", Level.EMERGING)));

        List<Assessment> history = profiles.ofPupil("p1");

        assertEquals(List.of(newer, older), history);
        assertEquals(List.of(), profiles.ofPupil("nobody"));
        assertEquals(Optional.empty(), profiles.find(999_999));
    }
}

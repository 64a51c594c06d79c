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
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Progress;
import org.thrivemis.api.plan.RelationalFunction;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.plan.TargetProgress;

/** Action plans on a real H2 database: every field back as stored, versions, reviews, order. */
class JdbcPlanRepositoryTest {
    private static final Instant NOON = Instant.parse("2025-03-10T12:00:00.123456Z");

    @TempDir
    Path dir;

    private Connection connection;
    private JdbcPlanRepository plans;

    @BeforeEach
    void open() throws SQLException {
        H2Database db = new H2Database(dir);
        Migrations.migrate(db.dataSource());
        connection = db.transaction();
        plans = new JdbcPlanRepository(() -> connection);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static ActionPlan plan(String pupilId, String target) {
        return new ActionPlan(0, pupilId, 7, PlanStatus.DRAFT,
                List.of(new Target(Strand.BEING, Optional.of("being-02"), target),
                        new Target(Strand.DOING, Optional.empty(), "Tries the climbing frame")),
                List.of(new PlanActivity(ActivitySetting.SCHOOL, Optional.of("being-s1"), "Meet and greet"),
                        new PlanActivity(ActivitySetting.HOME, Optional.empty(), "Bedtime story")),
                Map.of(RelationalFunction.ATTUNE, "Notice when quiet", RelationalFunction.REGULATE, "Breathe together"),
                "S-PRA", "Pat Practitioner", LocalDate.of(2025, 3, 10), LocalDate.of(2025, 5, 5), NOON,
                "Pat Practitioner", 0, List.of());
    }

    @Test
    void insertReadsBackEveryFieldWithVersionOne() {
        ActionPlan unsaved = plan("p1", "Settles with an adult");

        ActionPlan stored = plans.insert(unsaved);

        assertTrue(stored.id() > 0);
        assertEquals(1, stored.version());
        assertEquals(unsaved.targets(), stored.targets());
        assertEquals(unsaved.activities(), stored.activities());
        assertEquals(unsaved.relationalNotes(), stored.relationalNotes());
        assertEquals(LocalDate.of(2025, 5, 5), stored.reviewDate());
        assertEquals(NOON, stored.updatedAt());
        assertEquals(Optional.of(stored), plans.find(stored.id()));
    }

    @Test
    void updateOnTheExpectedVersionReplacesTheContentAndBumpsTheVersion() {
        ActionPlan stored = plans.insert(plan("p1", "Settles with an adult"));
        ActionPlan changed = new ActionPlan(stored.id(), "p1", 7, PlanStatus.ACTIVE,
                List.of(new Target(Strand.THINKING, Optional.empty(), "Guesses what happens next")), List.of(),
                Map.of(), "S-PRA", "Pat Practitioner", stored.startDate(), LocalDate.of(2025, 4, 1), NOON, "Sam Senior",
                stored.version(), List.of());

        ActionPlan saved = plans.update(changed, 1).orElseThrow();

        assertEquals(2, saved.version());
        assertEquals(PlanStatus.ACTIVE, saved.status());
        assertEquals(changed.targets(), saved.targets());
        assertEquals(List.of(), saved.activities());
        assertEquals(Map.of(), saved.relationalNotes());
        assertEquals("Sam Senior", saved.updatedBy());
    }

    @Test
    void updateOnAStaleVersionChangesNothing() {
        ActionPlan stored = plans.insert(plan("p1", "Settles with an adult"));
        plans.update(stored, 1).orElseThrow();

        assertEquals(Optional.empty(), plans.update(plan("p1", "Something else"), 1));
        assertEquals(Optional.empty(), plans.update(withId(plan("p1", "Something else"), stored.id()), 1));
        assertEquals("Settles with an adult", plans.find(stored.id()).orElseThrow().targets().get(0).text());
    }

    @Test
    void reviewsComeBackOldestFirstWithProgressPerTarget() {
        ActionPlan stored = plans.insert(plan("p1", "Settles with an adult"));
        PlanReview first = plans.addReview(stored.id(), new PlanReview(0, LocalDate.of(2025, 5, 5), "S-PRA", "Pat",
                List.of(new TargetProgress(Strand.BEING, "Settles with an adult", Progress.SOME),
                        new TargetProgress(Strand.DOING, "Tries the climbing frame", Progress.ACHIEVED)),
                "Going well", true, NOON));
        PlanReview second = plans.addReview(stored.id(), new PlanReview(0, LocalDate.of(2025, 7, 1), "S-SEN", "Sam",
                List.of(new TargetProgress(Strand.BEING, "Settles with an adult", Progress.GOOD)), "", false, NOON));

        assertEquals(List.of(first, second), plans.find(stored.id()).orElseThrow().reviews());
        assertEquals(Progress.ACHIEVED, plans.find(stored.id()).orElseThrow().reviews().get(0).progress().get(1).progress());
    }

    @Test
    void ofPupilIsNewestFirstAndOnlyThatPupils() {
        ActionPlan older = plans.insert(plan("p1", "First"));
        plans.insert(plan("p2", "Someone else's"));
        ActionPlan newer = plans.insert(plan("p1", "Second"));

        assertEquals(List.of(newer, older), plans.ofPupil("p1"));
        assertEquals(List.of(), plans.ofPupil("nobody"));
        assertEquals(Optional.empty(), plans.find(999));
    }

    private static ActionPlan withId(ActionPlan p, long id) {
        return new ActionPlan(id, p.pupilId(), p.assessmentId(), p.status(), p.targets(), p.activities(),
                p.relationalNotes(), p.ownerId(), p.ownerName(), p.startDate(), p.reviewDate(), p.updatedAt(),
                p.updatedBy(), p.version(), p.reviews());
    }
}

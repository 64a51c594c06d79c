package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.osgi.PGDataSourceFactory;
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
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.store.StoreException;

/** Action plans on a real PostgreSQL through the store: the same SQL as on H2, versions and all. */
class PostgreSqlPlanRepositoryTest {
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

    private static ActionPlan plan(String pupilId) {
        return new ActionPlan(0, pupilId, 7, PlanStatus.DRAFT,
                List.of(new Target(Strand.BEING, Optional.of("being-02"), "Settles with an adult")),
                List.of(new PlanActivity(ActivitySetting.HOME, Optional.empty(), "Bedtime story")),
                Map.of(RelationalFunction.CONTAIN, "Stay close and calm"), "s1", "Pat", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 12, 28), NOON, "Pat", 0, List.of());
    }

    @Test
    void aPlanGoesRoundWithVersionsReviewsAndOrder() {
        ActionPlan stored = store.write(tx -> tx.plans().insert(plan("p1")));
        store.write(tx -> tx.plans().insert(plan("p2")));
        ActionPlan newer = store.write(tx -> tx.plans().insert(plan("p1")));
        ActionPlan active = new ActionPlan(stored.id(), "p1", 7, PlanStatus.ACTIVE, stored.targets(), stored.activities(),
                stored.relationalNotes(), "s1", "Pat", stored.startDate(), stored.reviewDate(), NOON, "Sam", 1, List.of());

        assertEquals(2, store.write(tx -> tx.plans().update(active, 1)).orElseThrow().version());
        assertEquals(Optional.empty(), store.write(tx -> tx.plans().update(active, 1)), "stale: nothing written");
        PlanReview review = store.write(tx -> tx.plans().addReview(stored.id(), new PlanReview(0, LocalDate.of(2026, 11, 20),
                "s1", "Pat", List.of(new TargetProgress(Strand.BEING, "Settles with an adult", Progress.GOOD)), "ok", true,
                NOON)));

        List<ActionPlan> p1 = store.read(tx -> tx.plans().ofPupil("p1"));
        assertEquals(List.of(newer.id(), stored.id()), p1.stream().map(ActionPlan::id).toList());
        assertEquals(List.of(review), p1.get(1).reviews());
        assertEquals(PlanStatus.ACTIVE, p1.get(1).status());
        assertEquals(Map.of(RelationalFunction.CONTAIN, "Stay close and calm"), p1.get(1).relationalNotes());
        assertEquals(stored.activities(), p1.get(1).activities());
    }

    @Test
    void aReviewKeepsTheProfileItStartedAndOnlyAStoredOne() {
        ActionPlan stored = store.write(tx -> tx.plans().insert(plan("p1")));
        Assessment draft = store.write(tx -> tx.profiles().insert(new Assessment(0, "p1", ProfileKind.BASELINE,
                "Started at the review", AssessmentStatus.DRAFT, LocalDate.of(2026, 11, 20), "thrivemis-sample", "1.0.0",
                Map.of(), "s1", "Pat", NOON, "Pat", Optional.empty(), 1)));
        List<TargetProgress> progress = List.of(new TargetProgress(Strand.BEING, "Settles with an adult", Progress.SOME));

        PlanReview review = store.write(tx -> tx.plans().addReview(stored.id(), new PlanReview(0,
                LocalDate.of(2026, 11, 20), "s1", "Pat", progress, "", true, NOON, Optional.of(draft.id()))));

        assertEquals(Optional.of(draft.id()), review.newAssessmentId());
        assertEquals(List.of(review), store.read(tx -> tx.plans().find(stored.id())).orElseThrow().reviews());
        assertThrows(StoreException.class, () -> store.write(tx -> tx.plans().addReview(stored.id(), new PlanReview(0,
                LocalDate.of(2026, 11, 20), "s1", "Pat", progress, "", true, NOON, Optional.of(draft.id() + 1000)))),
                "a review cannot point at a profile that does not exist");
        assertEquals(1, store.read(tx -> tx.plans().find(stored.id())).orElseThrow().reviews().size());
    }
}

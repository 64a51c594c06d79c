package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanActivity;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * The class view's bulk reads on a real database: the same answer as pupil-by-pupil reads, in a
 * number of SQL statements that does not grow with the number of pupils (counted on the JDBC
 * connection). Run on H2 ({@link H2BulkReadsTest}) and on PostgreSQL ({@link PostgreSqlBulkReadsTest}):
 * the IN-list chunking and the ordering of the answer must hold on both.
 */
abstract class BulkReadsContract {
    private static final Instant NOON = Instant.parse("2026-11-10T12:00:00Z");

    private Connection real;
    private final AtomicInteger statements = new AtomicInteger();
    private Connection counting;

    @BeforeEach
    void open() throws SQLException {
        real = migratedTransaction();
        counting = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** A connection to a new database with the store's migrations applied, auto-commit off. */
    abstract Connection migratedTransaction() throws SQLException;

    @AfterEach
    void close() throws SQLException {
        real.rollback();
        real.close();
    }

    @Test
    void profilesOfAClassTakeTwoStatementsWhateverItsSize() {
        JdbcProfileRepository profiles = new JdbcProfileRepository(() -> counting);
        List<String> small = pupils(3);
        List<String> large = pupils(60);
        for (String id : large) {
            profiles.insert(assessment(id, LocalDate.of(2026, 9, 10), Map.of("being-01", Level.SECURE)));
            profiles.insert(assessment(id, LocalDate.of(2026, 11, 2), Map.of("being-01", Level.EMERGING)));
        }

        statements.set(0);
        List<Assessment> few = profiles.ofPupils(small);
        int forFew = statements.getAndSet(0);
        List<Assessment> many = profiles.ofPupils(large);
        int forMany = statements.get();

        assertEquals(2, forFew, "assessments, then the levels of all of them");
        assertEquals(forFew, forMany, "60 pupils cost the same statements as 3");
        assertEquals(6, few.size());
        assertEquals(120, many.size());
        assertEquals(profiles.ofPupil("P007"), many.stream().filter(a -> a.pupilId().equals("P007")).toList(),
                "the same assessments, levels and order as the pupil's own history");
        assertEquals(Level.EMERGING, many.get(0).levels().get("being-01"), "newest first");
    }

    @Test
    void plansOfAClassTakeAFixedNumberOfStatementsWhateverItsSize() {
        JdbcPlanRepository plans = new JdbcPlanRepository(() -> counting);
        List<String> large = pupils(40);
        for (String id : large) {
            plans.insert(plan(id));
        }

        statements.set(0);
        List<ActionPlan> few = plans.ofPupils(pupils(2));
        int forFew = statements.getAndSet(0);
        List<ActionPlan> many = plans.ofPupils(large);
        int forMany = statements.get();

        assertEquals(forFew, forMany, "40 pupils cost the same statements as 2");
        assertTrue(forFew <= 5, "plans, targets, activities, reviews, progress: " + forFew);
        assertEquals(2, few.size());
        assertEquals(40, many.size());
        assertEquals(plans.ofPupil("P011"), many.stream().filter(p -> p.pupilId().equals("P011")).toList());
        assertEquals(2, many.get(0).targets().size(), "children come with the plans");
        assertEquals(List.of(), plans.ofPupils(List.of()));
    }

    @Test
    void consentHistoriesOfAClassTakeOneStatementWhateverItsSize() {
        JdbcConsentRepository consents = new JdbcConsentRepository(() -> counting);
        List<String> large = pupils(45);
        for (String id : large) {
            consents.insert(consent(id, LocalDate.of(2026, 9, 1)));
            consents.insert(consent(id, LocalDate.of(2026, 10, 1)));
        }

        statements.set(0);
        Map<String, List<ConsentRecord>> few = consents.histories(pupils(3));
        int forFew = statements.getAndSet(0);
        Map<String, List<ConsentRecord>> many = consents.histories(large);
        int forMany = statements.get();

        assertEquals(1, forFew, "one query for the class");
        assertEquals(forFew, forMany, "45 pupils cost the same statements as 3");
        assertEquals(List.of("P001", "P002", "P003"), List.copyOf(few.keySet()), "in the order asked");
        assertEquals(45, many.size());
        assertEquals(LocalDate.of(2026, 10, 1), many.get("P020").get(0).decidedOn(), "newest first");
        assertEquals(2, many.get("P020").size());
    }

    private static List<String> pupils(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(String.format("P%03d", i));
        }
        return ids;
    }

    private static Assessment assessment(String pupilId, LocalDate on, Map<String, Level> levels) {
        return new Assessment(0, pupilId, ProfileKind.BASELINE, "", AssessmentStatus.COMPLETED, on, "thrivemis-sample",
                "1.0.0", levels, "S003", "Amira Hussain", NOON, "Amira Hussain", Optional.of(NOON), 1);
    }

    private static ConsentRecord consent(String pupilId, LocalDate on) {
        return new ConsentRecord(0, pupilId, ConsentDecision.GIVEN, Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT),
                "Jo Bloggs", Relationship.PARENT, on, "", "S001", "Ann Office", NOON);
    }

    private static ActionPlan plan(String pupilId) {
        return new ActionPlan(0, pupilId, 7, PlanStatus.ACTIVE,
                List.of(new Target(Strand.BEING, Optional.of("being-02"), "Settles"),
                        new Target(Strand.DOING, Optional.empty(), "Tries")),
                List.of(new PlanActivity(ActivitySetting.SCHOOL, Optional.empty(), "Meet and greet")), Map.of(),
                "S003", "Amira Hussain", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 26), NOON, "Amira Hussain",
                0, List.of());
    }
}

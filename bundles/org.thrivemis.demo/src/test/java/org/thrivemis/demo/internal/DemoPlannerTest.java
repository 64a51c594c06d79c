package org.thrivemis.demo.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.demo.internal.SchoolFixture.OAK;
import static org.thrivemis.demo.internal.SchoolFixture.SCREENED;
import static org.thrivemis.demo.internal.SchoolFixture.TERM_START;
import static org.thrivemis.demo.internal.SchoolFixture.TODAY;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.demo.internal.DemoScript.AfterReview;
import org.thrivemis.demo.internal.DemoScript.ConsentStep;
import org.thrivemis.demo.internal.DemoScript.PlanStep;
import org.thrivemis.demo.internal.DemoScript.ProfileStep;
import org.thrivemis.demo.internal.DemoScript.ReviewStep;

/** The demo school a seed gives: the same every time, and shaped like a school a term into Thrive. */
class DemoPlannerTest {
    private static final ContentPack PACK = SchoolFixture.pack();
    private static final List<DemoPupil> PUPILS = SchoolFixture.pupils();
    private static final Map<String, DemoPupil> BY_ID = PUPILS.stream()
            .collect(Collectors.toMap(DemoPupil::id, Function.identity()));

    private static DemoScript plan(long seed, LocalDate today) {
        return new DemoPlanner(seed, TERM_START, today, PACK).plan(PUPILS, SCREENED, OAK);
    }

    @Test
    void theSameSeedGivesTheSameSchoolAndAnotherSeedAnother() {
        assertEquals(plan(7, TODAY), plan(7, TODAY));
        assertNotEquals(plan(7, TODAY), plan(8, TODAY));
    }

    @Test
    void mostParentsConsentAFewRefusedAndAFewFormsAreStillOut() {
        DemoScript script = plan(DemoData.DEFAULT_SEED, TODAY);
        long given = script.consents().stream().filter(c -> c.request().decision() == ConsentDecision.GIVEN).count();
        long refused = script.consents().size() - given;
        long notReturned = PUPILS.size() - script.consents().size();
        assertTrue(given >= PUPILS.size() * 0.85, given + " of " + PUPILS.size() + " consented");
        assertTrue(refused >= 3 && notReturned >= 10, refused + " refused, " + notReturned + " not returned");
        for (String classId : SCREENED) {
            Set<String> recorded = script.consents().stream().map(ConsentStep::pupilId).collect(Collectors.toSet());
            List<DemoPupil> inClass = PUPILS.stream().filter(p -> p.classId().equals(classId)).toList();
            assertTrue(inClass.stream().anyMatch(p -> !recorded.contains(p.id())), classId + ": a form still out");
            assertTrue(script.consents().stream().anyMatch(c -> c.request().decision() == ConsentDecision.WITHDRAWN
                    && BY_ID.get(c.pupilId()).classId().equals(classId)), classId + ": a refusal");
        }
        assertTrue(script.consents().stream().allMatch(c -> !c.request().personName().isBlank()
                && !c.request().decidedOn().isAfter(TODAY)));
    }

    @Test
    void profilesPlansAndReviewsMakeATermOfThriveWork() {
        DemoScript script = plan(DemoData.DEFAULT_SEED, TODAY);
        Set<String> consented = script.consents().stream().filter(c -> c.request().decision() == ConsentDecision.GIVEN)
                .map(ConsentStep::pupilId).collect(Collectors.toSet());
        List<ProfileStep> baselines = script.profiles().stream().filter(p -> p.kind() == ProfileKind.BASELINE).toList();
        assertTrue(baselines.size() >= PUPILS.size() / 4, baselines.size() + " baselines");
        assertTrue(script.profiles().stream().allMatch(p -> consented.contains(p.pupilId())), "only with consent");
        assertTrue(baselines.stream().allMatch(p -> p.assessedOn().isBefore(TERM_START.plusDays(30))),
                "baselines early in the autumn term");
        long below = baselines.stream().filter(DemoPlannerTest::belowAgeExpected).count();
        assertTrue(below >= 10 && below < baselines.size() / 3, below + " of " + baselines.size() + " below");
        List<ProfileStep> behaviour = script.profiles().stream().filter(p -> p.kind() == ProfileKind.BEHAVIOUR).toList();
        assertFalse(behaviour.isEmpty());
        assertTrue(behaviour.stream().allMatch(p -> !p.reason().isBlank()));

        assertTrue(script.plans().size() >= 10, script.plans().size() + " plans");
        for (PlanStep plan : script.plans()) {
            assertTrue(script.profiles().stream().anyMatch(p -> p.pupilId().equals(plan.pupilId())
                    && !p.assessedOn().isAfter(plan.start())), "a completed profile before plan of " + plan.pupilId());
            assertTrue(plan.reviewDate().orElseThrow().isAfter(plan.start()));
            assertTrue(plan.notes().size() >= 2 && plan.targets() >= 2);
        }
        assertTrue(script.plans().stream().anyMatch(p -> p.review().isEmpty() && p.reviewDate().get().isBefore(TODAY)),
                "some reviews overdue");
        assertTrue(script.plans().stream().anyMatch(p -> p.review().isEmpty() && p.reviewDate().get().isAfter(TODAY)),
                "most reviews still to come");
        List<ReviewStep> reviews = script.plans().stream().flatMap(p -> p.review().stream()).toList();
        assertEquals(Set.of(AfterReview.values()), reviews.stream().map(ReviewStep::after).collect(Collectors.toSet()));
        assertTrue(reviews.stream().allMatch(r -> !r.reviewedOn().isAfter(TODAY) && !r.reprofile().isEmpty()));
        long twoProfiles = script.profiles().stream().collect(Collectors.groupingBy(ProfileStep::pupilId,
                Collectors.counting())).values().stream().filter(n -> n >= 2).count() + reviews.size();
        assertTrue(twoProfiles >= 5, twoProfiles + " pupils with two profiles");
        assertTrue(script.plans().stream().filter(p -> BY_ID.get(p.pupilId()).classId().equals(OAK)).count() >= 2,
                "the demo teacher's class has plans");
    }

    @Test
    void theDemoTeachersClassAndTwoOthersAreScreened() {
        DemoScript script = plan(DemoData.DEFAULT_SEED, TODAY);
        assertEquals(SCREENED, script.screenings().stream().map(DemoScript.ScreeningStep::classId).toList());
        assertEquals(30, script.screenings().get(1).pupils().size());
    }

    @Test
    void earlyInTheTermNothingIsDatedAfterTodayAndNothingIsReviewedYet() {
        LocalDate today = TERM_START.plusDays(3);
        DemoScript script = plan(DemoData.DEFAULT_SEED, today);
        Stream<LocalDate> dates = Stream.of(script.consents().stream().map(c -> c.request().decidedOn()),
                script.profiles().stream().map(ProfileStep::assessedOn),
                script.plans().stream().map(PlanStep::start)).flatMap(s -> s);
        assertTrue(dates.allMatch(d -> !d.isAfter(today) && !d.isBefore(TERM_START.minusDays(14))));
        assertTrue(script.plans().stream().allMatch(p -> p.review().isEmpty()));
    }

    @Test
    void aProfileBelowItsAgeHasItsWorkingStageInTheInterruptedStrandAndARepeatShowsProgress() {
        java.util.Random random = new java.util.Random(1);
        Map<String, Level> levels = ProfileLevels.of(PACK, Strand.SKILLS_AND_STRUCTURE, Optional.of(Strand.DOING), random);
        assertEquals(Optional.of(Strand.DOING), workingStage(levels));
        Map<String, Level> typical = ProfileLevels.of(PACK, Strand.POWER_AND_IDENTITY, Optional.empty(), random);
        assertTrue(workingStage(typical).orElseThrow().compareTo(Strand.POWER_AND_IDENTITY) >= 0);
        Map<String, Level> later = ProfileLevels.progressed(PACK, levels, random);
        assertTrue(secure(later) > secure(levels));
        assertTrue(later.entrySet().stream().allMatch(e -> e.getValue().compareTo(levels.get(e.getKey())) >= 0),
                "nothing goes backwards");
    }

    private static boolean belowAgeExpected(ProfileStep p) {
        int months = (int) Period.between(BY_ID.get(p.pupilId()).born(), p.assessedOn()).toTotalMonths();
        return workingStage(p.levels()).map(w -> w.compareTo(PACK.ageExpectedStrand(months)) < 0).orElse(false);
    }

    private static Optional<Strand> workingStage(Map<String, Level> levels) {
        return PACK.strands().stream().filter(s -> s.statements().stream().map(Statement::id)
                .anyMatch(id -> levels.get(id) != Level.SECURE)).map(s -> s.strand()).findFirst();
    }

    private static long secure(Map<String, Level> levels) {
        return levels.values().stream().filter(l -> l == Level.SECURE).count();
    }
}

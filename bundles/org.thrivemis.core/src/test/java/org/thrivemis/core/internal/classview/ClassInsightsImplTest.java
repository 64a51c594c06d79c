package org.thrivemis.core.internal.classview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Actor;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.classview.ClassViewRead;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.ScreeningBand;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.PlanRepository;
import org.thrivemis.api.store.ProfileRepository;
import org.thrivemis.api.store.RosterRepository;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;

/**
 * The class view's bulk read: what a teacher and a senior lead see, what is audited, and that the
 * store is asked once per repository whatever the class size.
 */
class ClassInsightsImplTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:30:00Z"), ZoneId.of("Europe/London"));
    private static final Instant NOON = Instant.parse("2026-11-01T12:00:00Z");
    private static final Actor OAK_TEACHER = new Actor("T-OAK", "Olive Oakley", Set.of(ThriveRole.TEACHER));
    private static final Actor SENIOR = new Actor("S-SEN", "Sam Senior", Set.of(ThriveRole.SENIOR_LEAD));
    private static final Actor OFFICE = new Actor("S-OFF", "Fran Office", Set.of(ThriveRole.OFFICE));

    private final World world = new World();
    private final ClassInsightsImpl insights = new ClassInsightsImpl(world, world, world, world, CLOCK);

    @Test
    void aTeacherSeesStagesGroupPlanAndBaselineOfTheirClassOnlyAndEachReadIsAudited() {
        // Amy (born 2018-10-01, 8 y): baseline with gaps in Doing -> working stage Doing, below age-expected
        world.assessments.add(assessment(1, "AMY", ProfileKind.BASELINE, LocalDate.of(2026, 9, 20), Strand.DOING));
        // her class's screening: marks against the band's statements only, a gap in Thinking
        world.assessments.add(groupProfile(2, "AMY", LocalDate.of(2026, 10, 15), Strand.THINKING));
        world.plans.add(plan(5, "AMY", PlanStatus.ACTIVE, LocalDate.of(2026, 12, 4)));
        world.plans.add(plan(4, "AMY", PlanStatus.CLOSED, LocalDate.of(2026, 10, 1)));
        // Ben: flagged new by the roster (by UPN), no baseline yet
        world.flagged.add(new BaselinePupil("host", "other-id", Optional.of("A123"), "Ben", "Brown", Optional.empty(),
                List.of(), NOON));

        Map<String, PupilInsight> seen = insights.insights(OAK_TEACHER, List.of("AMY", "BEN", "CAL"));

        assertEquals(Set.of("AMY", "BEN"), seen.keySet(), "Cal is in Year 4 Ash, not the teacher's class");
        PupilInsight amy = seen.get("AMY");
        assertEquals(Optional.of(Strand.DOING), amy.profile().orElseThrow().workingStage());
        assertTrue(amy.belowAgeExpected());
        assertEquals(Optional.of(Strand.THINKING), amy.group().orElseThrow().workingStage());
        assertEquals(LocalDate.of(2026, 12, 4), amy.plan().orElseThrow().reviewDate(), "the active plan, not the closed one");
        assertFalse(amy.needsBaseline());
        PupilInsight ben = seen.get("BEN");
        assertTrue(ben.needsBaseline());
        assertTrue(ben.profile().isEmpty() && ben.plan().isEmpty());

        assertEquals(List.of("AMY:ALLOWED", "BEN:ALLOWED", "CAL:DENIED"),
                world.audit.stream().map(e -> e.pupilId() + ":" + e.outcome()).toList());
        assertTrue(world.audit.stream().allMatch(e -> e.action().equals("classview.read")));
        assertEquals(1, world.profileCalls, "one bulk read of profiles for the class");
        assertEquals(1, world.planCalls, "one bulk read of plans for the class");
    }

    @Test
    void aSeniorLeadSeesEveryPupilAndACompletedBaselineClearsTheFlag() {
        world.assessments.add(assessment(1, "BEN", ProfileKind.BASELINE, LocalDate.of(2026, 11, 2)));
        world.flagged.add(new BaselinePupil("host", "BEN", Optional.empty(), "Ben", "Brown", Optional.empty(),
                List.of(), NOON));
        Map<String, PupilInsight> seen = insights.insights(SENIOR, List.of("AMY", "BEN", "CAL"));
        assertEquals(Set.of("AMY", "BEN", "CAL"), seen.keySet());
        assertFalse(seen.get("BEN").needsBaseline(), "baseline done");
        assertTrue(seen.get("BEN").profile().orElseThrow().workingStage().isEmpty(), "no gaps");
        assertFalse(seen.get("BEN").belowAgeExpected());
    }

    @Test
    void officeStaffSeeNothingAndTheRefusalIsAudited() {
        assertEquals(Map.of(), insights.insights(OFFICE, List.of("AMY", "BEN")));
        assertEquals(1, world.audit.size());
        assertEquals(AuditOutcome.DENIED, world.audit.get(0).outcome());
        assertEquals(0, world.profileCalls, "nothing read");
    }

    @Test
    void aClassPageReadsThriveInformationAndConsentInOneTransactionWithOneAuditEntryPerPupil() {
        world.assessments.add(assessment(1, "AMY", ProfileKind.BASELINE, LocalDate.of(2026, 9, 20), Strand.DOING));
        world.consents.put("AMY", List.of(consent("AMY", ConsentDecision.GIVEN)));

        ClassViewRead page = insights.classView(OAK_TEACHER, List.of("AMY", "BEN", "CAL"));

        assertEquals(1, world.writes, "one write transaction for the page");
        assertEquals(Set.of("AMY", "BEN"), page.insights().keySet(), "Cal is not in the teacher's class");
        assertEquals(Set.of("AMY", "BEN"), page.consents().keySet());
        assertEquals(ConsentState.GIVEN, page.consents().get("AMY").get(ConsentScope.INDIVIDUAL_ASSESSMENT));
        assertEquals(ConsentState.NOT_RECORDED, page.consents().get("BEN").get(ConsentScope.INDIVIDUAL_ASSESSMENT));
        assertEquals(List.of("AMY:classview.read:ALLOWED", "BEN:classview.read:ALLOWED", "CAL:classview.read:DENIED"),
                world.audit.stream().map(e -> e.pupilId() + ":" + e.action() + ":" + e.outcome()).toList(),
                "one entry per pupil, findable by the pupil's id");
        assertTrue(world.audit.get(0).detail().contains("consent"), "the entry names the consent shown too");
        assertEquals(1, world.consentCalls, "one bulk read of consent for the class");
        assertEquals(1, world.profileCalls);
    }

    @Test
    void officeStaffGetConsentWithoutThriveInformationInTheClassView() {
        world.assessments.add(assessment(1, "AMY", ProfileKind.BASELINE, LocalDate.of(2026, 9, 20), Strand.DOING));
        ClassViewRead page = insights.classView(OFFICE, List.of("AMY", "CAL"));
        assertEquals(Map.of(), page.insights());
        assertEquals(Set.of("AMY", "CAL"), page.consents().keySet());
        assertEquals(0, world.profileCalls, "no Thrive information read");
        assertEquals(List.of("AMY:consent.read:ALLOWED", "CAL:consent.read:ALLOWED"),
                world.audit.stream().map(e -> e.pupilId() + ":" + e.action() + ":" + e.outcome()).toList());
    }

    @Test
    void anActorWhoMaySeeNobodyLeavesOneRefusalForThePage() {
        Actor admin = new Actor("S-ADM", "Ada Admin", Set.of(ThriveRole.ADMIN));
        assertEquals(ClassViewRead.EMPTY, insights.classView(admin, List.of("AMY", "BEN")));
        assertEquals(1, world.audit.size());
        assertEquals(AuditOutcome.DENIED, world.audit.get(0).outcome());
        assertEquals(0, world.consentCalls + world.profileCalls, "nothing read");
    }

    @Test
    void theSchoolWideEarlyWarningReadIsForSeniorLeadsOnlyAndAudited() {
        world.assessments.add(assessment(1, "CAL", ProfileKind.BEHAVIOUR, LocalDate.of(2026, 10, 2), Strand.BEING));
        Map<String, PupilInsight> all = insights.wholeSchool(SENIOR, List.of("AMY", "BEN", "CAL"));
        assertEquals(Set.of("AMY", "BEN", "CAL"), all.keySet());
        assertTrue(all.get("CAL").belowAgeExpected());
        assertEquals(3, world.audit.stream().filter(e -> e.action().equals("classview.early-warning")).count());
        org.junit.jupiter.api.Assertions.assertThrows(org.thrivemis.api.AccessDeniedException.class,
                () -> insights.wholeSchool(OAK_TEACHER, List.of("AMY")));
        assertEquals(AuditOutcome.DENIED, world.audit.get(world.audit.size() - 1).outcome());
    }

    private static Assessment assessment(long id, String pupil, ProfileKind kind, LocalDate on, Strand... gaps) {
        Map<String, Level> levels = new HashMap<>();
        for (Strand s : Strand.values()) {
            String prefix = s.name().toLowerCase();
            boolean gap = List.of(gaps).contains(s);
            levels.put(prefix + "-1", gap ? Level.EMERGING : Level.SECURE);
            levels.put(prefix + "-2", Level.SECURE);
        }
        return new Assessment(id, pupil, kind, "", AssessmentStatus.COMPLETED, on, "test-pack", "1.0.0", levels,
                "S-PRA", "Pat", NOON, "Pat", Optional.of(NOON), 1);
    }

    /** A GROUP profile as closing a screening round writes it: marks for the band's statements only. */
    private static Assessment groupProfile(long id, String pupil, LocalDate on, Strand... gaps) {
        Map<String, Level> levels = new HashMap<>();
        for (Strand s : Strand.values()) {
            levels.put("screen-" + s.name().toLowerCase(), List.of(gaps).contains(s) ? Level.NOT_YET : Level.SECURE);
        }
        return new Assessment(id, pupil, ProfileKind.GROUP, "", AssessmentStatus.COMPLETED, on, "test-pack", "1.0.0",
                levels, "T-OAK", "Olive", NOON, "Olive", Optional.of(NOON), 1);
    }

    private static ConsentRecord consent(String pupil, ConsentDecision decision) {
        return new ConsentRecord(1, pupil, decision, Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN),
                "Jo Adams", Relationship.PARENT, LocalDate.of(2026, 9, 5), "", "S-OFF", "Fran Office", NOON);
    }

    private static ActionPlan plan(long id, String pupil, PlanStatus status, LocalDate review) {
        return new ActionPlan(id, pupil, 1, status, List.of(), List.of(), Map.of(), "S-PRA", "Pat",
                review.minusWeeks(8), review, NOON, "Pat", 1, List.of());
    }

    /** Store, directories and pack in memory: Amy and Ben in Year 3 Oak (T-OAK), Cal in Year 4 Ash. */
    private static final class World implements ThriveStore, StoreTx, AuditRepository, ProfileRepository,
            PupilDirectory, ClassDirectory, ContentPackService {
        final List<Assessment> assessments = new ArrayList<>();
        final List<ActionPlan> plans = new ArrayList<>();
        final List<BaselinePupil> flagged = new ArrayList<>();
        final List<AuditEntry> audit = new ArrayList<>();
        final Map<String, List<ConsentRecord>> consents = new HashMap<>();
        int consentCalls;
        int writes;
        int profileCalls;
        int planCalls;
        final Map<String, Pupil> pupils = Map.of(
                "AMY", new Pupil("AMY", Optional.of("A111"), "Amy", "Adams", LocalDate.of(2018, 10, 1), "3"),
                "BEN", new Pupil("BEN", Optional.of("A123"), "Ben", "Brown", LocalDate.of(2018, 12, 1), "3"),
                "CAL", new Pupil("CAL", Optional.empty(), "Cal", "Clark", LocalDate.of(2017, 10, 1), "4"));
        final List<SchoolClass> classes = List.of(new SchoolClass("3O", "Year 3 Oak", "3", List.of("T-OAK")),
                new SchoolClass("4A", "Year 4 Ash", "4", List.of("T-ASH")));
        final List<Enrollment> enrollments = List.of(
                new Enrollment("3O", "AMY", LocalDate.of(2026, 9, 1), Optional.empty()),
                new Enrollment("3O", "BEN", LocalDate.of(2026, 9, 1), Optional.empty()),
                new Enrollment("4A", "CAL", LocalDate.of(2026, 9, 1), Optional.empty()));

        @Override
        public <T> T read(StoreWork<T> work) {
            return work.run(this);
        }

        @Override
        public <T> T write(StoreWork<T> work) {
            writes++;
            return work.run(this);
        }

        @Override
        public String describe() {
            return "in memory";
        }

        @Override
        public ConsentRepository consents() {
            return (ConsentRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {ConsentRepository.class}, (proxy, method, args) -> {
                        if (method.getName().equals("histories")) {
                            consentCalls++;
                            Map<String, List<ConsentRecord>> found = new HashMap<>();
                            for (Object id : (Collection<?>) args[0]) {
                                if (consents.containsKey(id)) {
                                    found.put((String) id, consents.get(id));
                                }
                            }
                            return found;
                        }
                        throw new UnsupportedOperationException("the class view reads consent in bulk: " + method.getName());
                    });
        }

        @Override
        public AuditRepository audit() {
            return this;
        }

        @Override
        public ProfileRepository profiles() {
            return this;
        }

        @Override
        public PlanRepository plans() {
            return new PlanRepository() {
                @Override
                public ActionPlan insert(ActionPlan plan) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<ActionPlan> update(ActionPlan plan, long expectedVersion) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public PlanReview addReview(long planId, PlanReview review) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<ActionPlan> find(long planId) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public List<ActionPlan> ofPupil(String pupilId) {
                    throw new UnsupportedOperationException("the class view must not read pupil by pupil");
                }

                @Override
                public List<ActionPlan> ofPupils(Collection<String> pupilIds) {
                    planCalls++;
                    return plans.stream().filter(p -> pupilIds.contains(p.pupilId())).toList();
                }
            };
        }

        @Override
        public RosterRepository roster() {
            return (RosterRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {RosterRepository.class}, (proxy, method, args) -> {
                        if (method.getName().equals("needingBaseline")) {
                            return List.copyOf(flagged);
                        }
                        throw new UnsupportedOperationException(method.getName());
                    });
        }

        @Override
        public void append(List<AuditEntry> entries) {
            audit.addAll(entries);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Assessment insert(Assessment assessment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Assessment> find(long id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Assessment> ofPupil(String pupilId) {
            throw new UnsupportedOperationException("the class view must not read pupil by pupil");
        }

        @Override
        public List<Assessment> ofPupils(Collection<String> pupilIds) {
            profileCalls++;
            return assessments.stream().filter(a -> pupilIds.contains(a.pupilId()))
                    .sorted((x, y) -> y.assessedOn().compareTo(x.assessedOn())).toList();
        }

        @Override
        public Optional<Assessment> update(Assessment assessment, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Pupil> pupil(String id) {
            return Optional.ofNullable(pupils.get(id));
        }

        @Override
        public List<Pupil> pupils(Collection<String> ids) {
            return ids.stream().map(pupils::get).filter(p -> p != null).toList();
        }

        @Override
        public List<Pupil> search(String text, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Pupil> all() {
            return List.copyOf(pupils.values());
        }

        @Override
        public List<SchoolClass> classes() {
            return classes;
        }

        @Override
        public Optional<SchoolClass> schoolClass(String id) {
            return classes.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        @Override
        public List<Enrollment> enrollments(String classId) {
            return enrollments.stream().filter(e -> e.classId().equals(classId)).toList();
        }

        @Override
        public List<SchoolClass> classesOf(String pupilId, LocalDate day) {
            return enrollments.stream().filter(e -> e.pupilId().equals(pupilId))
                    .map(e -> schoolClass(e.classId()).orElseThrow()).toList();
        }

        @Override
        public List<SchoolClass> taughtBy(String staffId) {
            return classes.stream().filter(c -> c.teacherIds().contains(staffId)).toList();
        }

        @Override
        public ContentPack current() {
            List<StrandContent> strands = new ArrayList<>();
            int[][] ages = {{0, 6}, {6, 18}, {18, 36}, {36, 84}, {84, 144}, {144, 216}};
            for (Strand s : Strand.values()) {
                String prefix = s.name().toLowerCase();
                strands.add(new StrandContent(s, s.label(), new AgeRange(ages[s.ordinal()][0], ages[s.ordinal()][1]),
                        List.of(new Statement(prefix + "-1", s, "first"), new Statement(prefix + "-2", s, "second")),
                        List.of()));
            }
            List<Statement> band = new ArrayList<>();
            for (Strand s : Strand.values()) {
                band.add(new Statement("screen-" + s.name().toLowerCase(), s, "screened"));
            }
            return new ContentPack("test-pack", "1.0.0", "Test pack", true, strands,
                    List.of(new ScreeningBand(new AgeRange(84, 108), band)));
        }

        @Override
        public List<Problem> lastRefusal() {
            return List.of();
        }
    }
}

package org.thrivemis.core.internal.profile;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.Problem;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
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
 * Everything around the assessment service, in memory: a store whose write work runs on copies
 * (work that throws leaves nothing), a two-class school, a consent switch per pupil and a small pack
 * (two statements per strand, default ages). Today is Monday 10 March 2025. Amy (born 2017-05-01,
 * Year 3 Oak, taught by T-OAK) and Cal (born 2014-10-01, Year 4 Ash, taught by T-ASH).
 */
final class ProfileWorld implements ThriveStore, PupilDirectory, ClassDirectory, ConsentService, ContentPackService {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T09:30:00Z"), ZoneId.of("Europe/London"));
    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final String AMY = "P-AMY";
    static final String CAL = "P-CAL";

    static final Actor OAK_TEACHER = actor("T-OAK", "Olive Oakley", ThriveRole.TEACHER);
    static final Actor ASH_TEACHER = actor("T-ASH", "Ash Ashworth", ThriveRole.TEACHER);
    static final Actor OFFICE = actor("S-OFF", "Fran Office", ThriveRole.OFFICE);
    static final Actor PRACTITIONER = actor("S-PRA", "Pat Practitioner", ThriveRole.PRACTITIONER);
    static final Actor SENIOR_LEAD = actor("S-SEN", "Sam Senior", ThriveRole.SENIOR_LEAD);
    static final Actor ADMIN = actor("S-ADM", "Ada Admin", ThriveRole.ADMIN);

    static final ContentPack PACK = pack();

    private Map<Long, Assessment> assessments = new LinkedHashMap<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private long nextId = 1;
    private final Set<String> consented = new HashSet<>();
    /** "pupilId given family upn" per clearNeedsBaseline call. */
    final List<String> clearedBaselines = new ArrayList<>();
    private final Map<String, Pupil> pupils = new LinkedHashMap<>();
    private final List<SchoolClass> classes = List.of(new SchoolClass("3O", "Year 3 Oak", "3", List.of("T-OAK")),
            new SchoolClass("4A", "Year 4 Ash", "4", List.of("T-ASH")));
    private final List<Enrollment> enrollments = List.of(
            new Enrollment("3O", AMY, LocalDate.of(2024, 9, 4), Optional.empty()),
            new Enrollment("4A", CAL, LocalDate.of(2024, 9, 4), Optional.empty()));

    ProfileWorld() {
        pupils.put(AMY, new Pupil(AMY, Optional.empty(), "Amy", "Adams", LocalDate.of(2017, 5, 1), "3"));
        pupils.put(CAL, new Pupil(CAL, Optional.empty(), "Cal", "Clark", LocalDate.of(2014, 10, 1), "4"));
    }

    AssessmentServiceImpl service() {
        return new AssessmentServiceImpl(this, this, this, this, this, CLOCK);
    }

    static Actor actor(String id, String name, ThriveRole... roles) {
        return new Actor(id, name, Set.of(roles));
    }

    private static ContentPack pack() {
        int[][] ages = {{0, 6}, {6, 18}, {18, 36}, {36, 84}, {84, 144}, {144, 216}};
        List<StrandContent> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            String prefix = s.name().toLowerCase();
            strands.add(new StrandContent(s, s.label(), new AgeRange(ages[s.ordinal()][0], ages[s.ordinal()][1]),
                    List.of(new Statement(prefix + "-1", s, s.label() + " first"),
                            new Statement(prefix + "-2", s, s.label() + " second")),
                    List.of()));
        }
        return new ContentPack("test-pack", "1.0.0", "Test pack", true, strands, List.of());
    }

    void giveConsent(String pupilId) {
        consented.add(pupilId);
    }

    void withdrawConsent(String pupilId) {
        consented.remove(pupilId);
    }

    synchronized List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    synchronized List<Assessment> stored() {
        return List.copyOf(assessments.values());
    }

    // ---- ThriveStore

    @Override
    public synchronized <T> T read(StoreWork<T> work) {
        return work.run(new Tx(assessments, audit, false));
    }

    @Override
    public synchronized <T> T write(StoreWork<T> work) {
        Tx tx = new Tx(new LinkedHashMap<>(assessments), new ArrayList<>(audit), true);
        long idBefore = nextId;
        try {
            T result = work.run(tx);
            assessments = tx.assessments;
            audit = tx.entries;
            return result;
        } catch (RuntimeException e) {
            nextId = idBefore;
            throw e;
        }
    }

    @Override
    public String describe() {
        return "in memory (profile tests)";
    }

    private final class Tx implements StoreTx, AuditRepository, ProfileRepository {
        final Map<Long, Assessment> assessments;
        final List<AuditEntry> entries;
        final boolean writable;

        Tx(Map<Long, Assessment> assessments, List<AuditEntry> entries, boolean writable) {
            this.assessments = assessments;
            this.entries = entries;
            this.writable = writable;
        }

        @Override
        public ConsentRepository consents() {
            throw new UnsupportedOperationException("the assessment service asks the ConsentService");
        }

        @Override
        public AuditRepository audit() {
            return this;
        }

        @Override
        public ProfileRepository profiles() {
            return this;
        }

        /** Only clearing baseline flags is used; the calls are recorded for the tests. */
        @Override
        public RosterRepository roster() {
            return (RosterRepository) Proxy.newProxyInstance(RosterRepository.class.getClassLoader(),
                    new Class<?>[] {RosterRepository.class}, (proxy, method, args) -> {
                        if (!method.getName().equals("clearNeedsBaseline")) {
                            throw new UnsupportedOperationException(method.getName());
                        }
                        requireWritable();
                        clearedBaselines.add(args[1] + " " + args[2] + " " + args[3] + " " + args[0]);
                        return 1;
                    });
        }

        @Override
        public void append(List<AuditEntry> list) {
            requireWritable();
            entries.addAll(list);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public Assessment insert(Assessment a) {
            requireWritable();
            Assessment stored = copy(a, nextId++, a.version());
            assessments.put(stored.id(), stored);
            return stored;
        }

        @Override
        public Optional<Assessment> find(long id) {
            return Optional.ofNullable(assessments.get(id));
        }

        @Override
        public List<Assessment> ofPupil(String pupilId) {
            return assessments.values().stream().filter(a -> a.pupilId().equals(pupilId))
                    .sorted((x, y) -> x.assessedOn().equals(y.assessedOn()) ? Long.compare(y.id(), x.id())
                            : y.assessedOn().compareTo(x.assessedOn()))
                    .toList();
        }

        @Override
        public Optional<Assessment> update(Assessment a, long expectedVersion) {
            requireWritable();
            Assessment stored = assessments.get(a.id());
            if (stored == null || stored.version() != expectedVersion) {
                return Optional.empty();
            }
            Assessment saved = copy(a, a.id(), expectedVersion + 1);
            assessments.put(a.id(), saved);
            return Optional.of(saved);
        }

        private void requireWritable() {
            if (!writable) {
                throw new IllegalStateException("write attempted in a read-only transaction");
            }
        }
    }

    private static Assessment copy(Assessment a, long id, long version) {
        return new Assessment(id, a.pupilId(), a.kind(), a.reason(), a.status(), a.assessedOn(), a.packId(),
                a.packVersion(), a.levels(), a.assessorId(), a.assessorName(), a.updatedAt(), a.updatedBy(),
                a.completedAt(), version);
    }

    // ---- ConsentService: only the gate is used

    @Override
    public boolean anyRecorded() {
        return !consented.isEmpty();
    }

    @Override
    public void requireConsent(String pupilId, ConsentScope scope) {
        if (!consented.contains(pupilId)) {
            throw new ConsentRequiredException(pupilId, scope, ConsentState.NOT_RECORDED);
        }
    }

    @Override
    public ConsentStatus status(Actor actor, String pupilId) {
        throw new UnsupportedOperationException("not used by the assessment service");
    }

    @Override
    public Map<String, Map<ConsentScope, ConsentState>> states(Actor actor, Collection<String> pupilIds) {
        throw new UnsupportedOperationException("not used by the assessment service");
    }

    @Override
    public ConsentRecord record(Actor actor, String pupilId, ConsentRequest request) {
        throw new UnsupportedOperationException("not used by the assessment service");
    }

    // ---- ContentPackService

    @Override
    public ContentPack current() {
        return PACK;
    }

    @Override
    public List<Problem> lastRefusal() {
        return List.of();
    }

    // ---- PupilDirectory and ClassDirectory

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
        throw new UnsupportedOperationException("not used");
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
        return enrollments.stream().filter(e -> e.pupilId().equals(pupilId) && e.activeOn(day))
                .map(e -> schoolClass(e.classId()).orElseThrow()).toList();
    }

    @Override
    public List<SchoolClass> taughtBy(String staffId) {
        return classes.stream().filter(c -> c.teacherIds().contains(staffId)).toList();
    }

}

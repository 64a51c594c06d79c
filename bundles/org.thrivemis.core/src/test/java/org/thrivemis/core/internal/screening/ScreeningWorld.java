package org.thrivemis.core.internal.screening;

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
import org.thrivemis.api.Problem;
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
import org.thrivemis.api.content.ScreeningBand;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.Term;
import org.thrivemis.api.store.AuditRepository;
import org.thrivemis.api.store.ConsentRepository;
import org.thrivemis.api.store.ProfileRepository;
import org.thrivemis.api.store.ScreeningRepository;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.StoreWork;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;

/**
 * Everything around the screening service, in memory: a store whose write work runs on a copy
 * (work that throws leaves nothing), two classes, a consent switch per pupil and a pack whose
 * Year 3 band has Being, Thinking and two Skills statements. Today is Monday 10 March 2025 (spring
 * term, academic year 2024). Year 3 Oak (T-OAK): Amy, Ben and Dev (Dev left in February); Year 4
 * Ash (T-ASH): Cal.
 */
final class ScreeningWorld implements ThriveStore, PupilDirectory, ClassDirectory, ConsentService,
        ContentPackService {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-10T09:30:00Z"), ZoneId.of("Europe/London"));
    static final String AMY = "P-AMY";
    static final String BEN = "P-BEN";
    static final String CAL = "P-CAL";
    static final String DEV = "P-DEV";
    static final String OAK = "3O";
    static final String ASH = "4A";
    static final Actor OAK_TEACHER = actor("T-OAK", "Olive Oakley", ThriveRole.TEACHER);
    static final Actor ASH_TEACHER = actor("T-ASH", "Ash Ashworth", ThriveRole.TEACHER);
    static final Actor OFFICE = actor("S-OFF", "Fran Office", ThriveRole.OFFICE);
    static final Actor PRACTITIONER = actor("S-PRA", "Pat Practitioner", ThriveRole.PRACTITIONER);
    static final Actor SENIOR_LEAD = actor("S-SEN", "Sam Senior", ThriveRole.SENIOR_LEAD);
    static final Actor ADMIN = actor("S-ADM", "Ada Admin", ThriveRole.ADMIN);
    /** The Year 3 band (ages 84–108 months): Being, Thinking, Skills, Skills. */
    static final List<String> Y3 = List.of("s7-being", "s7-thinking", "s7-skills-1", "s7-skills-2");
    static final ContentPack PACK = pack();

    private State state = new State();
    private final Set<String> consented = new HashSet<>();
    private final Map<String, Pupil> pupils = new LinkedHashMap<>();
    private final List<SchoolClass> classes = List.of(new SchoolClass(OAK, "Year 3 Oak", "3", List.of("T-OAK")),
            new SchoolClass(ASH, "Year 4 Ash", "4", List.of("T-ASH")));
    private final List<Enrollment> enrollments = List.of(
            new Enrollment(OAK, AMY, LocalDate.of(2024, 9, 4), Optional.empty()),
            new Enrollment(OAK, BEN, LocalDate.of(2024, 9, 4), Optional.empty()),
            new Enrollment(OAK, DEV, LocalDate.of(2024, 9, 4), Optional.of(LocalDate.of(2025, 2, 14))),
            new Enrollment(ASH, CAL, LocalDate.of(2024, 9, 4), Optional.empty()));

    ScreeningWorld() {
        pupils.put(AMY, new Pupil(AMY, Optional.empty(), "Amy", "Adams", LocalDate.of(2017, 5, 1), "3"));
        pupils.put(BEN, new Pupil(BEN, Optional.empty(), "Ben", "Brown", LocalDate.of(2016, 11, 1), "3"));
        pupils.put(DEV, new Pupil(DEV, Optional.empty(), "Dev", "Davis", LocalDate.of(2017, 1, 1), "3"));
        pupils.put(CAL, new Pupil(CAL, Optional.empty(), "Cal", "Clark", LocalDate.of(2015, 10, 1), "4"));
    }

    ScreeningServiceImpl service() {
        return new ScreeningServiceImpl(this, this, this, this, this, new ScreeningRules(50, true), CLOCK);
    }

    static Actor actor(String id, String name, ThriveRole... roles) {
        return new Actor(id, name, Set.of(roles));
    }

    private static ContentPack pack() {
        int[][] ages = {{0, 6}, {6, 18}, {18, 36}, {36, 84}, {84, 144}, {144, 216}};
        List<StrandContent> strands = new ArrayList<>();
        for (Strand s : Strand.values()) {
            strands.add(new StrandContent(s, s.label(), new AgeRange(ages[s.ordinal()][0], ages[s.ordinal()][1]),
                    List.of(new Statement(s.name().toLowerCase() + "-1", s, s.label() + " first")), List.of()));
        }
        List<Statement> y3 = List.of(new Statement(Y3.get(0), Strand.BEING, "Feels safe"),
                new Statement(Y3.get(2), Strand.SKILLS_AND_STRUCTURE, "Follows rules"),
                new Statement(Y3.get(1), Strand.THINKING, "Thinks ahead"),
                new Statement(Y3.get(3), Strand.SKILLS_AND_STRUCTURE, "Keeps going"));
        List<Statement> y5 = List.of(new Statement("s9-power", Strand.POWER_AND_IDENTITY, "Holds a view"));
        return new ContentPack("test-pack", "1.0.0", "Test pack", true, strands,
                List.of(new ScreeningBand(new AgeRange(84, 108), y3), new ScreeningBand(new AgeRange(108, 132), y5)));
    }

    void giveConsent(String... pupilIds) {
        consented.addAll(List.of(pupilIds));
    }

    void withdrawConsent(String pupilId) {
        consented.remove(pupilId);
    }

    synchronized List<AuditEntry> audit() {
        return List.copyOf(state.audit);
    }

    synchronized List<Assessment> assessments() {
        return List.copyOf(state.assessments.values());
    }

    synchronized List<Mark> marks(long roundId) {
        return read(tx -> tx.screening().marks(roundId));
    }

    /** The whole store's contents, to show that refused work changed nothing. */
    synchronized String snapshot() {
        return state.rounds + "|" + state.members + "|" + state.marks + "|" + state.assessments;
    }

    /** Plays another user's save straight into the store, as a second browser would. */
    synchronized long saveAsOther(long roundId, Mark mark, String by) {
        return write(tx -> {
            long v = tx.screening().touch(roundId, CLOCK.instant(), by).orElseThrow().version();
            tx.screening().putMarks(roundId, v, List.of(mark));
            return v;
        });
    }

    @Override
    public synchronized <T> T read(StoreWork<T> work) {
        return work.run(new Tx(state.copy(), false));
    }

    @Override
    public synchronized <T> T write(StoreWork<T> work) {
        Tx tx = new Tx(state.copy(), true);
        T result = work.run(tx);
        state = tx.s;
        return result;
    }

    @Override
    public String describe() {
        return "in memory (screening tests)";
    }

    /** The stored rows; copied for each transaction. */
    private static final class State {
        Map<Long, ScreeningRound> rounds = new LinkedHashMap<>();
        Map<Long, List<RoundMember>> members = new LinkedHashMap<>();
        /** round id → "pupil|statement" → mark and the version that set it. */
        Map<Long, Map<String, Object[]>> marks = new LinkedHashMap<>();
        Map<Long, Assessment> assessments = new LinkedHashMap<>();
        Map<Long, Set<String>> screened = new LinkedHashMap<>();
        List<AuditEntry> audit = new ArrayList<>();
        long nextId = 1;

        State copy() {
            State c = new State();
            c.rounds = new LinkedHashMap<>(rounds);
            c.members = new LinkedHashMap<>(members);
            marks.forEach((k, v) -> c.marks.put(k, new LinkedHashMap<>(v)));
            c.assessments = new LinkedHashMap<>(assessments);
            screened.forEach((k, v) -> c.screened.put(k, new HashSet<>(v)));
            c.audit = new ArrayList<>(audit);
            c.nextId = nextId;
            return c;
        }
    }

    private final class Tx implements StoreTx, AuditRepository, ScreeningRepository {
        final State s;
        final boolean writable;

        Tx(State s, boolean writable) {
            this.s = s;
            this.writable = writable;
        }

        @Override
        public ConsentRepository consents() {
            throw new UnsupportedOperationException("the screening service asks the ConsentService");
        }

        @Override
        public AuditRepository audit() {
            return this;
        }

        @Override
        public ProfileRepository profiles() {
            return new Profiles(this);
        }

        @Override
        public ScreeningRepository screening() {
            return this;
        }

        private void requireWritable() {
            if (!writable) {
                throw new IllegalStateException("write attempted in a read-only transaction");
            }
        }

        @Override
        public void append(List<AuditEntry> entries) {
            requireWritable();
            s.audit.addAll(entries);
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public ScreeningRound insert(ScreeningRound r, List<RoundMember> members) {
            requireWritable();
            if (find(r.classId(), r.academicYear(), r.term()).isPresent()) {
                throw new IllegalStateException("unique key screening_round_term");
            }
            ScreeningRound stored = with(r, s.nextId++, r.status(), r.updatedAt(), r.updatedBy(), r.closedAt(),
                    r.version());
            s.rounds.put(stored.id(), stored);
            s.members.put(stored.id(), List.copyOf(members));
            s.marks.put(stored.id(), new LinkedHashMap<>());
            return stored;
        }

        @Override
        public Optional<ScreeningRound> find(long id) {
            return Optional.ofNullable(s.rounds.get(id));
        }

        @Override
        public Optional<ScreeningRound> find(String classId, int academicYear, Term term) {
            return s.rounds.values().stream().filter(r -> r.classId().equals(classId)
                    && r.academicYear() == academicYear && r.term() == term).findFirst();
        }

        @Override
        public List<ScreeningRound> ofClass(String classId) {
            return s.rounds.values().stream().filter(r -> r.classId().equals(classId))
                    .sorted((a, b) -> a.academicYear() != b.academicYear()
                            ? Integer.compare(b.academicYear(), a.academicYear()) : b.term().compareTo(a.term()))
                    .toList();
        }

        @Override
        public List<RoundMember> members(long roundId) {
            return s.members.getOrDefault(roundId, List.of());
        }

        @Override
        public List<Mark> marks(long roundId) {
            return marksSince(roundId, -1);
        }

        @Override
        public List<Mark> marksSince(long roundId, long version) {
            return s.marks.getOrDefault(roundId, Map.of()).values().stream().filter(o -> (Long) o[1] > version)
                    .map(o -> (Mark) o[0]).toList();
        }

        @Override
        public Optional<ScreeningRound> touch(long roundId, Instant at, String by) {
            requireWritable();
            return find(roundId).map(r -> {
                ScreeningRound t = with(r, r.id(), r.status(), at, by, r.closedAt(), r.version() + 1);
                s.rounds.put(roundId, t);
                return t;
            });
        }

        @Override
        public void putMarks(long roundId, long version, Collection<Mark> marks) {
            requireWritable();
            for (Mark m : marks) {
                s.marks.get(roundId).put(m.pupilId() + "|" + m.statementId(), new Object[] {m, version});
            }
        }

        @Override
        public void markScreened(long roundId, Collection<String> pupilIds) {
            requireWritable();
            s.screened.computeIfAbsent(roundId, k -> new HashSet<>()).addAll(pupilIds);
        }

        @Override
        public Set<String> screened(long roundId) {
            return Set.copyOf(s.screened.getOrDefault(roundId, Set.of()));
        }

        @Override
        public Optional<ScreeningRound> close(long roundId, long expectedVersion, Instant at, String by) {
            requireWritable();
            ScreeningRound r = s.rounds.get(roundId);
            if (r == null || r.version() != expectedVersion || r.status() != RoundStatus.OPEN) {
                return Optional.empty();
            }
            ScreeningRound c = with(r, roundId, RoundStatus.CLOSED, at, by, Optional.of(at), expectedVersion + 1);
            s.rounds.put(roundId, c);
            return Optional.of(c);
        }
    }

    /** Group profiles written on closing. */
    private static final class Profiles implements ProfileRepository {
        final Tx tx;

        Profiles(Tx tx) {
            this.tx = tx;
        }

        @Override
        public Assessment insert(Assessment a) {
            tx.requireWritable();
            Assessment stored = new Assessment(tx.s.nextId++, a.pupilId(), a.kind(), a.reason(), a.status(), a.assessedOn(),
                    a.packId(), a.packVersion(), a.levels(), a.assessorId(), a.assessorName(), a.updatedAt(),
                    a.updatedBy(), a.completedAt(), a.version());
            tx.s.assessments.put(stored.id(), stored);
            return stored;
        }

        @Override
        public Optional<Assessment> find(long id) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public List<Assessment> ofPupil(String pupilId) {
            return tx.s.assessments.values().stream().filter(a -> a.pupilId().equals(pupilId)).toList();
        }

        @Override
        public Optional<Assessment> update(Assessment assessment, long expectedVersion) {
            throw new UnsupportedOperationException("not used");
        }
    }

    private static ScreeningRound with(ScreeningRound r, long id, RoundStatus status, Instant at, String by,
            Optional<Instant> closedAt, long version) {
        return new ScreeningRound(id, r.classId(), r.className(), r.academicYear(), r.term(), status, r.packId(),
                r.packVersion(), r.openedOn(), r.openedById(), r.openedBy(), at, by, closedAt, version);
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
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Map<String, Map<ConsentScope, ConsentState>> states(Actor actor, Collection<String> pupilIds) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public ConsentRecord record(Actor actor, String pupilId, ConsentRequest request) {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public ContentPack current() {
        return PACK;
    }

    @Override
    public List<Problem> lastRefusal() {
        return List.of();
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

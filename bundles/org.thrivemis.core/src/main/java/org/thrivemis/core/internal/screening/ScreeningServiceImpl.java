package org.thrivemis.core.internal.screening;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.PupilScreening;
import org.thrivemis.api.screening.RoundMember;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.SaveResult;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.ScreeningService;
import org.thrivemis.api.screening.Term;
import org.thrivemis.api.store.StoreTx;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * Whole-group screening, following the other services: class access by {@link AccessPolicy}
 * (a refusal audited DENIED) → class and round exist → validation (every problem) → the work and
 * its audit entries (one per pupil concerned) in one write transaction. Consent (individual
 * profiles scope) is checked per pupil here: a pupil without it cannot be marked.
 */
@Component(service = ScreeningService.class, configurationPid = ScreeningConfig.PID)
@Designate(ocd = ScreeningConfig.class)
public class ScreeningServiceImpl implements ScreeningService {
    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final ClassDirectory classes;
    private final ConsentService consent;
    private final ContentPackService packs;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private volatile ScreeningRules rules;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public ScreeningServiceImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference ConsentService consent, @Reference ContentPackService packs,
            ScreeningConfig config, @Reference HostClock clock) {
        // the JVM's zone is the school's: "today" decides the term, enrollments and the snapshot
        this(store, pupils, classes, consent, packs, ScreeningRules.of(config), (Clock) clock);
    }

    ScreeningServiceImpl(ThriveStore store, PupilDirectory pupils, ClassDirectory classes, ConsentService consent,
            ContentPackService packs, ScreeningRules rules, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.classes = Objects.requireNonNull(classes, "classes");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
    }

    @Modified
    void modified(ScreeningConfig config) {
        rules = ScreeningRules.of(config);
    }

    @Override
    public List<ScreeningRound> rounds(Actor actor, String classId) {
        SchoolClass schoolClass = requireClass(actor, Action.SCREENING_READ, classId, "screening rounds");
        return store.write(tx -> {
            List<ScreeningRound> found = tx.screening().ofClass(classId);
            tx.audit().append(List.of(audit.allowed(actor, Action.SCREENING_READ, "", "screening rounds of class "
                    + schoolClass.name() + " (" + classId + ")")));
            return found;
        });
    }

    @Override
    public ScreeningRound open(Actor actor, String classId, Term term) {
        Objects.requireNonNull(term, "term");
        SchoolClass schoolClass = requireClass(actor, Action.SCREENING_WRITE, classId, "screening round not opened");
        LocalDate today = LocalDate.now(clock);
        int year = Term.academicYearOf(today);
        List<RoundMember> members = new ArrayList<>();
        Map<String, Pupil> known = new HashMap<>();
        List<String> ids = classes.enrollments(classId).stream().filter(e -> e.activeOn(today))
                .map(Enrollment::pupilId).distinct().toList();
        pupils.pupils(ids).forEach(p -> known.put(p.id(), p));
        for (String id : ids) {
            Pupil p = known.get(id);
            // the class's year group decides the band; a pupil's own only if the class has none we know
            int age = ScreeningRules.yearGroupAgeMonths(schoolClass.yearGroup())
                    .or(() -> Optional.ofNullable(p).flatMap(x -> ScreeningRules.yearGroupAgeMonths(x.yearGroup())))
                    .orElseGet(() -> p == null ? 0 : (int) java.time.Period.between(p.dateOfBirth(), today)
                            .toTotalMonths());
            members.add(new RoundMember(id, age));
        }
        members.sort(java.util.Comparator.comparing((RoundMember m) -> Optional.ofNullable(known.get(m.pupilId()))
                .map(p -> p.familyName() + " " + p.givenName()).orElse(m.pupilId())));
        ContentPack pack = packs.current();
        Instant now = clock.instant();
        ScreeningRound unsaved = new ScreeningRound(0, classId, schoolClass.name(), year, term, RoundStatus.OPEN,
                pack.id(), pack.version(), today, actor.userId(), actor.displayName(), now, actor.displayName(),
                Optional.empty(), 1);
        return store.write(tx -> {
            Optional<ScreeningRound> existing = tx.screening().find(classId, year, term);
            if (existing.isPresent()) {
                throw new ValidationException(List.of(new Problem("term", term.name(), schoolClass.name()
                        + " already has a screening round for " + existing.get().title() + " (opened "
                        + existing.get().openedOn() + " by " + existing.get().openedBy()
                        + "): continue that round, or choose another term")));
            }
            if (members.isEmpty()) {
                throw new ValidationException(List.of(new Problem("classId", classId, schoolClass.name()
                        + " has no pupils enrolled today, so there is nobody to screen")));
            }
            ScreeningRound saved = tx.screening().insert(unsaved, members);
            tx.audit().append(List.of(audit.allowed(actor, Action.SCREENING_WRITE, "", "screening round " + saved.id()
                    + " opened for " + schoolClass.name() + " (" + classId + "), " + saved.title() + ", "
                    + members.size() + " pupils")));
            return saved;
        });
    }

    @Override
    public ScreeningGrid grid(Actor actor, long roundId) {
        requireRound(actor, Action.SCREENING_READ, roundId, "grid");
        return store.write(tx -> {
            RoundView view = view(tx, roundId);
            tx.audit().append(perPupil(actor, Action.SCREENING_READ, view, "screening round " + roundId + " grid"));
            return view.grid();
        });
    }

    @Override
    public SaveResult saveMarks(Actor actor, long roundId, long expectedVersion, List<Mark> marks) {
        Objects.requireNonNull(marks, "marks");
        requireRound(actor, Action.SCREENING_WRITE, roundId, "marks not saved");
        Set<String> consented = consented(store.read(tx -> tx.screening().members(roundId)));
        return store.write(tx -> {
            ScreeningRound before = tx.screening().find(roundId).orElseThrow(() -> missing(roundId));
            RoundView view = view(tx, roundId, consented);
            List<Problem> problems = MarkChecks.problems(view, marks);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            // the row lock taken here makes saves of one round run one after another
            ScreeningRound touched = tx.screening().touch(roundId, clock.instant(), actor.displayName())
                    .orElseThrow(() -> missing(roundId));
            Map<String, Mark> since = new LinkedHashMap<>();
            tx.screening().marksSince(roundId, expectedVersion).forEach(m -> since.put(key(m), m));
            Map<String, Mark> changed = new LinkedHashMap<>();
            List<String> conflicts = new ArrayList<>();
            for (Mark m : marks) {
                Level stored = view.marksOf(m.pupilId()).get(m.statementId());
                if (stored == m.level()) {
                    continue;
                }
                if (since.containsKey(key(m))) {
                    conflicts.add(view.name(m.pupilId()) + ", " + statementText(view.pack(), m.statementId()) + ": "
                            + before.updatedBy() + " saved " + stored.label() + ", you chose " + m.level().label());
                }
                changed.put(key(m), m);
            }
            if (!conflicts.isEmpty()) {
                throw new ConflictException("This screening round", before.version(), before.updatedBy(),
                        before.updatedAt(), conflicts);
            }
            tx.screening().putMarks(roundId, touched.version(), changed.values());
            Map<String, Integer> perPupil = new LinkedHashMap<>();
            changed.values().forEach(m -> perPupil.merge(m.pupilId(), 1, Integer::sum));
            List<AuditEntry> entries = new ArrayList<>();
            perPupil.forEach((pupil, n) -> entries.add(audit.allowed(actor, Action.SCREENING_WRITE, pupil,
                    "screening round " + roundId + ": saved " + n + " mark(s), version " + touched.version())));
            if (entries.isEmpty()) {
                entries.add(audit.allowed(actor, Action.SCREENING_WRITE, "", "screening round " + roundId
                        + ": save with no change, version " + touched.version()));
            }
            tx.audit().append(entries);
            List<Mark> others = since.values().stream().filter(m -> !changed.containsKey(key(m))).toList();
            return new SaveResult(touched.version(), others);
        });
    }

    @Override
    public ClassProfile close(Actor actor, long roundId, long expectedVersion) {
        requireRound(actor, Action.SCREENING_WRITE, roundId, "round not closed");
        Set<String> consented = consented(store.read(tx -> tx.screening().members(roundId)));
        ScreeningRules now = rules;
        return store.write(tx -> {
            ScreeningRound stored = tx.screening().find(roundId).orElseThrow(() -> missing(roundId));
            if (stored.status() == RoundStatus.CLOSED) {
                throw new ValidationException(List.of(new Problem("status", stored.status().name(),
                        "This round was closed at " + stored.closedAt().orElse(stored.updatedAt()) + " by "
                                + stored.updatedBy() + "; its class profile no longer changes")));
            }
            if (stored.version() != expectedVersion) {
                throw new ConflictException("This screening round", stored.version(), stored.updatedBy(),
                        stored.updatedAt(), List.of("marks were saved since you opened it: reload the grid and check"));
            }
            RoundView view = view(tx, roundId, consented);
            List<Problem> problems = new ArrayList<>();
            for (RoundMember m : view.members()) {
                if (!consented.contains(m.pupilId()) || view.band(m).isEmpty()) {
                    continue;
                }
                long missing = view.band(m).stream().filter(s -> !view.marksOf(m.pupilId()).containsKey(s.id()))
                        .count();
                if (missing > 0) {
                    problems.add(new Problem("marks", m.pupilId(), view.name(m.pupilId()) + " has " + missing
                            + " statement(s) not marked: mark every statement for every pupil with consent"));
                }
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Instant at = clock.instant();
            ScreeningRound closed = tx.screening().close(roundId, expectedVersion, at, actor.displayName())
                    .orElseThrow(() -> new ConflictException("This screening round", stored.version(),
                            stored.updatedBy(), stored.updatedAt(), List.of()));
            RoundView after = new RoundView(closed, view.pack(), view.members(), view.marks(), view.names(), consented);
            ClassProfile profile = after.profile(now);
            List<AuditEntry> entries = new ArrayList<>();
            for (PupilScreening p : profile.pupils()) {
                if (!p.screened()) {
                    continue;
                }
                Assessment group = tx.profiles().insert(new Assessment(0, p.pupilId(), ProfileKind.GROUP,
                        "Whole-group screening, " + closed.title() + ", " + closed.className(), AssessmentStatus.COMPLETED,
                        LocalDate.now(clock), closed.packId(), closed.packVersion(), view.marksOf(p.pupilId()),
                        actor.userId(), actor.displayName(), at, actor.displayName(), Optional.of(at), 1));
                entries.add(audit.allowed(actor, Action.SCREENING_WRITE, p.pupilId(), "screening round " + roundId
                        + " closed: group profile (assessment " + group.id() + "), "
                        + p.allocation().map(a -> a.label()).orElse("") + (p.flagged() ? ", flagged for an individual"
                                + " profile" : "")));
            }
            tx.screening().markScreened(roundId, profile.pupils().stream().filter(PupilScreening::screened)
                    .map(PupilScreening::pupilId).toList());
            entries.add(audit.allowed(actor, Action.SCREENING_WRITE, "", "screening round " + roundId + " closed"));
            tx.audit().append(entries);
            return profile;
        });
    }

    @Override
    public ClassProfile profile(Actor actor, long roundId) {
        ScreeningRound round = requireRound(actor, Action.SCREENING_READ, roundId, "class profile");
        if (round.status() != RoundStatus.CLOSED) {
            throw new ValidationException(List.of(new Problem("status", round.status().name(), "The round "
                    + round.title() + " is still open: close it on the grid page to see the class profile")));
        }
        ScreeningRules now = rules;
        return store.write(tx -> {
            RoundView view = closedView(tx, roundId);
            tx.audit().append(perPupil(actor, Action.SCREENING_READ, view, "screening round " + roundId
                    + " class profile"));
            return view.profile(now);
        });
    }

    @Override
    public List<ClassProfile> year(Actor actor, String classId, int academicYear) {
        SchoolClass schoolClass = requireClass(actor, Action.SCREENING_READ, classId, "screening year "
                + Term.academicYearLabel(academicYear));
        ScreeningRules now = rules;
        return store.write(tx -> {
            List<ClassProfile> profiles = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            List<ScreeningRound> rounds = new ArrayList<>(tx.screening().ofClass(classId));
            java.util.Collections.reverse(rounds);
            for (ScreeningRound r : rounds) {
                if (r.academicYear() == academicYear && r.status() == RoundStatus.CLOSED) {
                    RoundView view = closedView(tx, r.id());
                    profiles.add(view.profile(now));
                    view.members().forEach(m -> seen.add(m.pupilId()));
                }
            }
            List<AuditEntry> entries = new ArrayList<>();
            seen.forEach(p -> entries.add(audit.allowed(actor, Action.SCREENING_READ, p, "screening comparison of "
                    + schoolClass.name() + ", " + Term.academicYearLabel(academicYear))));
            if (entries.isEmpty()) {
                entries.add(audit.allowed(actor, Action.SCREENING_READ, "", "screening comparison of "
                        + schoolClass.name() + ", " + Term.academicYearLabel(academicYear) + ": no closed rounds"));
            }
            tx.audit().append(entries);
            return List.copyOf(profiles);
        });
    }

    private RoundView view(StoreTx tx, long roundId) {
        return view(tx, roundId, consented(tx.screening().members(roundId)));
    }

    /**
     * A closed round's screened pupils are those closing screened (consent current then, fully
     * marked), whatever their consent is now: the class profile stays as it was closed. A pupil
     * whose consent was withdrawn between marking and closing is not among them.
     */
    private RoundView closedView(StoreTx tx, long roundId) {
        return view(tx, roundId, tx.screening().screened(roundId));
    }

    private RoundView view(StoreTx tx, long roundId, Set<String> consented) {
        ScreeningRound round = tx.screening().find(roundId).orElseThrow(() -> missing(roundId));
        List<RoundMember> members = tx.screening().members(roundId);
        Map<String, String> names = new HashMap<>();
        pupils.pupils(members.stream().map(RoundMember::pupilId).toList()).forEach(p -> names.put(p.id(),
                p.displayName()));
        ContentPack pack = packs.pack(round.packId(), round.packVersion()).orElseGet(packs::current);
        return new RoundView(round, pack, members, tx.screening().marksByPupil(roundId), names, consented);
    }

    private Set<String> consented(List<RoundMember> members) {
        Set<String> given = new HashSet<>();
        for (RoundMember m : members) {
            try {
                consent.requireConsent(m.pupilId(), ConsentScope.INDIVIDUAL_ASSESSMENT);
                given.add(m.pupilId());
            } catch (ConsentRequiredException e) {
                // shown as "no consent" on the grid; MarkChecks refuses marks for them
            }
        }
        return given;
    }

    private List<AuditEntry> perPupil(Actor actor, Action action, RoundView view, String detail) {
        List<AuditEntry> entries = new ArrayList<>();
        view.members().forEach(m -> entries.add(audit.allowed(actor, action, m.pupilId(), detail)));
        return entries;
    }

    private SchoolClass requireClass(Actor actor, Action action, String classId, String detail) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(classId, "classId");
        if (!policy.permitsClass(actor, action, classId)) {
            throw audit.refuse(actor, action, "", detail + " (class " + classId + ")", refusal(actor, action, classId));
        }
        return classes.schoolClass(classId).orElseThrow(() -> new NotFoundException("No class with id '" + classId
                + "' is in the MIS: open the class from the MIS class list and try again"));
    }

    private ScreeningRound requireRound(Actor actor, Action action, long roundId, String detail) {
        Objects.requireNonNull(actor, "actor");
        boolean anyReach = actor.roles().stream().map(action::reachOf).anyMatch(Optional::isPresent);
        if (!anyReach) {
            throw audit.refuse(actor, action, "", "screening round " + roundId + ": " + detail, refusal(actor, action));
        }
        ScreeningRound round = store.read(tx -> tx.screening().find(roundId)).orElseThrow(() -> missing(roundId));
        if (!policy.permitsClass(actor, action, round.classId())) {
            throw audit.refuse(actor, action, "", "screening round " + roundId + ": " + detail + " (class "
                    + round.classId() + ")", refusal(actor, action, round.classId()));
        }
        return round;
    }

    private String refusal(Actor actor, Action action, String classId) {
        return refusal(policy.classRefusal(actor, action, classId));
    }

    private String refusal(Actor actor, Action action) {
        return refusal(policy.refusal(actor, action));
    }

    private static String refusal(String text) {
        return text.replace("for pupils in the classes you teach", "for the classes you teach");
    }

    private static NotFoundException missing(long roundId) {
        return new NotFoundException("There is no screening round with id " + roundId
                + ": open the class's screening page and choose the round from the list");
    }

    private static String key(Mark m) {
        return m.pupilId() + "\u0000" + m.statementId();
    }

    private static String statementText(ContentPack pack, String statementId) {
        return pack.statement(statementId).map(Statement::text).map(t -> "'" + t + "'").orElse(statementId);
    }
}

package org.thrivemis.core.internal.profile;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * Individual Thrive profiles, following ConsentServiceImpl's pattern: access checked by
 * {@link AccessPolicy} (a refusal audited DENIED), then the pupil, then validation (every problem),
 * then the consent gate (a refusal audited DENIED too), then the work and its audit entry in one
 * write transaction. Saves carry the version the user opened; a stale one is a {@link ConflictException}.
 */
@Component(service = AssessmentService.class)
public class AssessmentServiceImpl implements AssessmentService {
    static final String DETAIL_HISTORY = "profile history";

    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final ConsentService consent;
    private final ContentPackService packs;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final AssessmentValidator validator;
    private final Clock clock;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public AssessmentServiceImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference ConsentService consent, @Reference ContentPackService packs, @Reference HostClock clock) {
        // the JVM's zone is the school's: "today" decides enrollments and future dates
        this(store, pupils, classes, consent, packs, (Clock) clock);
    }

    AssessmentServiceImpl(ThriveStore store, PupilDirectory pupils, ClassDirectory classes, ConsentService consent,
            ContentPackService packs, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.consent = Objects.requireNonNull(consent, "consent");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
        this.validator = new AssessmentValidator(clock);
    }

    @Override
    public Assessment start(Actor actor, String pupilId, ProfileKind kind, String reason, LocalDate assessedOn) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        String refused = "profile not started";
        requireAccess(actor, Action.PROFILE_WRITE, pupilId, refused);
        Pupil pupil = requirePupil(pupilId);
        List<Problem> problems = validator.start(kind, reason, assessedOn, pupil.dateOfBirth());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        gate(actor, pupilId, kind, refused);
        ContentPack pack = packs.current();
        Instant now = clock.instant();
        Assessment unsaved = new Assessment(0, pupilId, kind, reason == null ? "" : reason.strip(),
                AssessmentStatus.DRAFT, assessedOn, pack.id(), pack.version(), Map.of(), actor.userId(),
                actor.displayName(), now, actor.displayName(), Optional.empty(), 1);
        return store.write(tx -> {
            Assessment saved = tx.profiles().insert(unsaved);
            tx.audit().append(List.of(audit.allowed(actor, Action.PROFILE_WRITE, pupilId, "assessment " + saved.id()
                    + ": started " + kind.label().toLowerCase() + " dated " + assessedOn + " (pack " + pack.id() + " "
                    + pack.version() + ")")));
            return saved;
        });
    }

    @Override
    public Assessment saveLevels(Actor actor, long assessmentId, long expectedVersion, Map<String, Level> levels) {
        Objects.requireNonNull(levels, "levels");
        String refused = "assessment " + assessmentId + ": levels not saved";
        Assessment opened = load(actor, Action.PROFILE_WRITE, assessmentId, refused);
        ContentPack pack = packs.current();
        List<Problem> problems = validator.levels(opened, pack, levels);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        gate(actor, opened.pupilId(), opened.kind(), refused);
        return store.write(tx -> {
            Assessment stored = current(tx.profiles().find(assessmentId), assessmentId);
            if (stored.version() != expectedVersion) {
                throw conflict(stored, levels, pack);
            }
            Map<String, Level> merged = new HashMap<>(stored.levels());
            merged.putAll(levels);
            Assessment saved = tx.profiles().update(changed(stored, AssessmentStatus.DRAFT, merged, actor, Optional.empty()),
                    expectedVersion).orElseThrow(() -> conflict(current(tx.profiles().find(assessmentId), assessmentId),
                            levels, pack));
            tx.audit().append(List.of(audit.allowed(actor, Action.PROFILE_WRITE, stored.pupilId(), "assessment "
                    + assessmentId + ": saved " + levels.size() + " level(s), version " + saved.version())));
            return saved;
        });
    }

    @Override
    public Assessment complete(Actor actor, long assessmentId, long expectedVersion) {
        String refused = "assessment " + assessmentId + ": not completed";
        Assessment opened = load(actor, Action.PROFILE_WRITE, assessmentId, refused);
        gate(actor, opened.pupilId(), opened.kind(), refused);
        ContentPack pack = packs.current();
        return store.write(tx -> {
            Assessment stored = current(tx.profiles().find(assessmentId), assessmentId);
            if (stored.version() != expectedVersion) {
                throw conflict(stored, Map.of(), pack);
            }
            List<Problem> problems = validator.completion(stored, pack);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            Instant now = clock.instant();
            Assessment saved = tx.profiles().update(changed(stored, AssessmentStatus.COMPLETED, stored.levels(), actor,
                    Optional.of(now)), expectedVersion)
                    .orElseThrow(() -> conflict(current(tx.profiles().find(assessmentId), assessmentId), Map.of(), pack));
            ProfileResult result = result(saved, pack);
            String cleared = "";
            if (saved.kind() == ProfileKind.BASELINE) {
                // the baseline the roster sync asked for is done: the pupil leaves the "needs baseline" list
                Pupil pupil = requirePupil(saved.pupilId());
                int n = tx.roster().clearNeedsBaseline(pupil.upn(), pupil.id(), pupil.givenName(), pupil.familyName());
                cleared = n > 0 ? "; cleared the needs-baseline flag of " + n + " roster record(s)" : "";
            }
            tx.audit().append(List.of(audit.allowed(actor, Action.PROFILE_WRITE, stored.pupilId(), "assessment "
                    + assessmentId + ": completed, working stage "
                    + result.workingStage().map(s -> s.label()).orElse("none (no gaps)") + cleared)));
            return saved;
        });
    }

    @Override
    public Assessment get(Actor actor, long assessmentId) {
        Assessment found = load(actor, Action.PROFILE_READ, assessmentId, "assessment " + assessmentId);
        return store.write(tx -> {
            Assessment now = current(tx.profiles().find(assessmentId), assessmentId);
            tx.audit().append(List.of(audit.allowed(actor, Action.PROFILE_READ, found.pupilId(),
                    "assessment " + assessmentId)));
            return now;
        });
    }

    @Override
    public List<Profile> history(Actor actor, String pupilId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(pupilId, "pupilId");
        requireAccess(actor, Action.PROFILE_READ, pupilId, DETAIL_HISTORY);
        Pupil pupil = requirePupil(pupilId);
        // a write transaction: the read and its audit entry stand or fall together
        List<Assessment> assessments = store.write(tx -> {
            List<Assessment> found = tx.profiles().ofPupil(pupilId);
            tx.audit().append(List.of(audit.allowed(actor, Action.PROFILE_READ, pupilId, DETAIL_HISTORY)));
            return found;
        });
        List<Profile> profiles = new ArrayList<>(assessments.size());
        for (Assessment a : assessments) {
            profiles.add(new Profile(a, result(a, packOf(a), pupil)));
        }
        return profiles;
    }

    @Override
    public ProfileResult result(Assessment assessment) {
        return result(assessment, packOf(assessment));
    }

    private ProfileResult result(Assessment assessment, ContentPack pack) {
        return result(assessment, pack, requirePupil(assessment.pupilId()));
    }

    private static ProfileResult result(Assessment assessment, ContentPack pack, Pupil pupil) {
        int ageMonths = (int) Math.max(0, Period.between(pupil.dateOfBirth(), assessment.assessedOn()).toTotalMonths());
        return ProfileCalculator.of(assessment, pack, ageMonths);
    }

    /** The pack the assessment was made with; the pack in force when that one is no longer known. */
    private ContentPack packOf(Assessment assessment) {
        return packs.pack(assessment.packId(), assessment.packVersion()).orElseGet(packs::current);
    }

    /**
     * Loads an assessment and checks the actor may do the action for its pupil. Someone whose roles
     * never allow the action is refused before learning whether the id exists.
     */
    private Assessment load(Actor actor, Action action, long assessmentId, String detail) {
        Objects.requireNonNull(actor, "actor");
        boolean anyReach = actor.roles().stream().map(action::reachOf).anyMatch(Optional::isPresent);
        if (!anyReach) {
            throw audit.refuse(actor, action, "", detail, policy.refusal(actor, action));
        }
        Assessment found = current(store.read(tx -> tx.profiles().find(assessmentId)), assessmentId);
        requireAccess(actor, action, found.pupilId(), detail);
        return found;
    }

    private void requireAccess(Actor actor, Action action, String pupilId, String detail) {
        if (!policy.permits(actor, action, pupilId)) {
            throw audit.refuse(actor, action, pupilId, detail, policy.refusal(actor, action, pupilId));
        }
    }

    /** The consent gate for individual kinds; a refusal is on the audit record like any other. */
    private void gate(Actor actor, String pupilId, ProfileKind kind, String detail) {
        if (kind == null || !kind.isIndividual()) {
            return;
        }
        try {
            consent.requireConsent(pupilId, ConsentScope.INDIVIDUAL_ASSESSMENT);
        } catch (ConsentRequiredException e) {
            store.write(tx -> {
                tx.audit().append(List.of(audit.denied(actor, Action.PROFILE_WRITE, pupilId,
                        detail + ": no current parental consent")));
                return null;
            });
            throw e;
        }
    }

    private Pupil requirePupil(String pupilId) {
        return pupils.pupil(pupilId).orElseThrow(() -> new NotFoundException("No pupil with id '" + pupilId
                + "' is on roll in the MIS: open the pupil from the MIS pupil list and try again"));
    }

    private static Assessment current(Optional<Assessment> found, long assessmentId) {
        return found.orElseThrow(() -> new NotFoundException("There is no profile with id " + assessmentId
                + ": open the pupil's Thrive tab and choose the profile from the history"));
    }

    private Assessment changed(Assessment a, AssessmentStatus status, Map<String, Level> levels, Actor actor,
            Optional<Instant> completedAt) {
        return new Assessment(a.id(), a.pupilId(), a.kind(), a.reason(), status, a.assessedOn(), a.packId(),
                a.packVersion(), levels, a.assessorId(), a.assessorName(), clock.instant(), actor.displayName(),
                completedAt, a.version(), a.imported());
    }

    private static ConflictException conflict(Assessment stored, Map<String, Level> yours, ContentPack pack) {
        return new ConflictException("This profile", stored.version(), stored.updatedBy(), stored.updatedAt(),
                LevelChanges.between(stored, yours, pack));
    }

}

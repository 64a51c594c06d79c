package org.thrivemis.core.internal.classview;

import java.time.Clock;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.classview.ClassInsights;
import org.thrivemis.api.classview.ClassViewRead;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.classview.PupilInsight;
import org.thrivemis.api.classview.PupilInsight.PlanSummary;
import org.thrivemis.api.classview.PupilInsight.ProfileSummary;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.ProfileKind;
import org.thrivemis.api.profile.ProfileResult;
import org.thrivemis.api.profile.StrandResult;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.core.internal.profile.ProfileCalculator;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The class view's read of many pupils at once: one access decision for the lot (the directory is
 * asked once per taught class), then one write transaction holding a fixed set of queries
 * (profiles, plans, the roster's baseline flags) and the audit batch, one entry per pupil shown.
 * Pupils outside the actor's reach are left out and their refusal audited in the same batch.
 */
@Component(service = ClassInsights.class)
public class ClassInsightsImpl implements ClassInsights {
    static final String DETAIL = "class view";
    static final String DETAIL_WITH_CONSENT = "class view: Thrive stage, plan, screening and consent";

    private final ThriveStore store;
    private final PupilDirectory pupils;
    private final ContentPackService packs;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    private final Clock clock;

    @Activate
    public ClassInsightsImpl(@Reference ThriveStore store, @Reference PupilDirectory pupils,
            @Reference ClassDirectory classes, @Reference ContentPackService packs, @Reference HostClock clock) {
        // the JVM's zone is the school's: "today" decides enrollments
        this(store, pupils, classes, packs, (Clock) clock);
    }

    ClassInsightsImpl(ThriveStore store, PupilDirectory pupils, ClassDirectory classes, ContentPackService packs,
            Clock clock) {
        this.clock = clock;
        this.store = Objects.requireNonNull(store, "store");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.packs = Objects.requireNonNull(packs, "packs");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
    }

    @Override
    public Map<String, PupilInsight> insights(Actor actor, Collection<String> pupilIds) {
        Objects.requireNonNull(actor, "actor");
        List<String> wanted = pupilIds.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Set<String> permitted = policy.permitted(actor, Action.CLASS_VIEW_READ, wanted);
        List<String> refused = wanted.stream().filter(id -> !permitted.contains(id)).toList();
        if (permitted.isEmpty()) {
            // nothing to read: the refusal alone is on record, as one entry for the page
            store.write(tx -> {
                tx.audit().append(List.of(audit.denied(actor, Action.CLASS_VIEW_READ, "",
                        DETAIL + ": " + refused.size() + " pupil(s) refused")));
                return null;
            });
            return Map.of();
        }
        Map<String, Pupil> byId = new HashMap<>();
        pupils.pupils(permitted).forEach(p -> byId.put(p.id(), p));
        Read read = store.write(tx -> {
            List<Assessment> assessments = tx.profiles().ofPupils(permitted);
            List<ActionPlan> plans = tx.plans().ofPupils(permitted);
            List<BaselinePupil> flagged = tx.roster().needingBaseline();
            List<AuditEntry> entries = new ArrayList<>();
            permitted.forEach(id -> entries.add(audit.allowed(actor, Action.CLASS_VIEW_READ, id, DETAIL)));
            refused.forEach(id -> entries.add(audit.denied(actor, Action.CLASS_VIEW_READ, id,
                    DETAIL + ": not in a class you teach")));
            tx.audit().append(entries);
            return new Read(assessments, plans, flagged);
        });
        return assemble(permitted, byId, read);
    }

    @Override
    public ClassViewRead classView(Actor actor, Collection<String> pupilIds) {
        Objects.requireNonNull(actor, "actor");
        List<String> wanted = pupilIds.stream().filter(Objects::nonNull).distinct().toList();
        if (wanted.isEmpty()) {
            return ClassViewRead.EMPTY;
        }
        Set<String> thrive = policy.permitted(actor, Action.CLASS_VIEW_READ, wanted);
        Set<String> consent = policy.permitted(actor, Action.CONSENT_READ, wanted);
        List<String> refused = wanted.stream().filter(id -> !thrive.contains(id) && !consent.contains(id)).toList();
        if (refused.size() == wanted.size()) {
            store.write(tx -> {
                tx.audit().append(List.of(audit.denied(actor, Action.CLASS_VIEW_READ, "",
                        DETAIL + ": " + refused.size() + " pupil(s) refused")));
                return null;
            });
            return ClassViewRead.EMPTY;
        }
        Map<String, Pupil> byId = new HashMap<>();
        if (!thrive.isEmpty()) {
            pupils.pupils(thrive).forEach(p -> byId.put(p.id(), p));
        }
        // one transaction, one audit entry per pupil for all the page shows of them
        List<AuditEntry> entries = new ArrayList<>(wanted.size());
        for (String id : wanted) {
            if (thrive.contains(id)) {
                entries.add(audit.allowed(actor, Action.CLASS_VIEW_READ, id,
                        consent.contains(id) ? DETAIL_WITH_CONSENT : DETAIL));
            } else if (consent.contains(id)) {
                entries.add(audit.allowed(actor, Action.CONSENT_READ, id, DETAIL));
            } else {
                entries.add(audit.denied(actor, Action.CLASS_VIEW_READ, id, DETAIL + ": not in a class you teach"));
            }
        }
        PageRead read = store.write(tx -> {
            Read insights = thrive.isEmpty() ? new Read(List.of(), List.of(), List.of())
                    : new Read(tx.profiles().ofPupils(thrive), tx.plans().ofPupils(thrive), tx.roster().needingBaseline());
            Map<String, List<ConsentRecord>> histories = consent.isEmpty() ? Map.of() : tx.consents().histories(consent);
            tx.audit().append(entries);
            return new PageRead(insights, histories);
        });
        Map<String, Map<ConsentScope, ConsentState>> states = new LinkedHashMap<>();
        for (String id : consent) {
            states.put(id, ConsentStatus.statesOf(read.histories.getOrDefault(id, List.of())));
        }
        return new ClassViewRead(assemble(thrive, byId, read.insights), states);
    }

    @Override
    public Map<String, PupilInsight> wholeSchool(Actor actor, Collection<String> pupilIds) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.permits(actor, Action.EARLY_WARNING_READ)) {
            throw audit.refuse(actor, Action.EARLY_WARNING_READ, "", "early warning",
                    policy.refusal(actor, Action.EARLY_WARNING_READ));
        }
        // the list is the school's: in a trust, only the pupils of the actor's schools
        Set<String> wanted = policy.inScope(actor, pupilIds.stream().filter(Objects::nonNull).toList());
        Map<String, Pupil> byId = new HashMap<>();
        if (!wanted.isEmpty()) {
            pupils.pupils(wanted).forEach(p -> byId.put(p.id(), p));
        }
        Read read = store.write(tx -> {
            List<AuditEntry> entries = new ArrayList<>();
            wanted.forEach(id -> entries.add(audit.allowed(actor, Action.EARLY_WARNING_READ, id, "early warning")));
            if (entries.isEmpty()) {
                entries.add(audit.allowed(actor, Action.EARLY_WARNING_READ, "", "early warning: no pupils"));
            }
            tx.audit().append(entries);
            return wanted.isEmpty() ? new Read(List.of(), List.of(), List.of())
                    : new Read(tx.profiles().ofPupils(wanted), tx.plans().ofPupils(wanted), tx.roster().needingBaseline());
        });
        return assemble(wanted, byId, read);
    }

    private Map<String, PupilInsight> assemble(Set<String> permitted, Map<String, Pupil> byId, Read read) {
        Map<String, Assessment> latestIndividual = new HashMap<>();
        Map<String, Assessment> latestGroup = new HashMap<>();
        Set<String> hasBaseline = new HashSet<>();
        // ofPupils answers newest first: the first completed one of each kind wins
        for (Assessment a : read.assessments) {
            if (a.status() != AssessmentStatus.COMPLETED) {
                continue;
            }
            if (a.kind() == ProfileKind.BASELINE) {
                hasBaseline.add(a.pupilId());
            }
            (a.kind() == ProfileKind.GROUP ? latestGroup : latestIndividual).putIfAbsent(a.pupilId(), a);
        }
        Map<String, ActionPlan> activePlans = new HashMap<>();
        read.plans.stream().filter(p -> p.status() == PlanStatus.ACTIVE)
                .sorted(Comparator.comparing(ActionPlan::reviewDate))
                .forEach(p -> activePlans.putIfAbsent(p.pupilId(), p));
        Set<String> flaggedIds = new HashSet<>();
        Set<String> flaggedUpns = new HashSet<>();
        read.flagged.forEach(b -> {
            flaggedIds.add(b.pupilSourceId());
            b.upn().ifPresent(flaggedUpns::add);
        });
        Map<String, ContentPack> packCache = new HashMap<>();
        Map<String, PupilInsight> result = new LinkedHashMap<>();
        for (String id : permitted) {
            Pupil pupil = byId.get(id);
            if (pupil == null) {
                continue; // no longer known to the host: nothing to show
            }
            boolean flagged = flaggedIds.contains(id) || pupil.upn().map(flaggedUpns::contains).orElse(false);
            result.put(id, new PupilInsight(id,
                    Optional.ofNullable(latestIndividual.get(id)).map(a -> summary(a, pupil, packCache)),
                    Optional.ofNullable(latestGroup.get(id)).map(a -> summary(a, pupil, packCache)),
                    Optional.ofNullable(activePlans.get(id)).map(p -> new PlanSummary(p.id(), p.startDate(), p.reviewDate())),
                    flagged && !hasBaseline.contains(id)));
        }
        return result;
    }

    private ProfileSummary summary(Assessment a, Pupil pupil, Map<String, ContentPack> packCache) {
        ContentPack pack = packCache.computeIfAbsent(a.packId() + "\u0000" + a.packVersion(),
                k -> packs.pack(a.packId(), a.packVersion()).orElseGet(packs::current));
        int ageMonths = (int) Math.max(0, Period.between(pupil.dateOfBirth(), a.assessedOn()).toTotalMonths());
        // a group profile's stage over the statements screened, as on the profile tab (measured against every
        // statement of the pack, each group profile had gaps in Being)
        ProfileResult result = ProfileCalculator.of(a, pack, ageMonths);
        return new ProfileSummary(a.kind(), a.assessedOn(), result.workingStage(), result.ageExpectedStage(),
                result.strands().stream().filter(StrandResult::hasGaps).map(StrandResult::strand).sorted().toList());
    }

    private record Read(List<Assessment> assessments, List<ActionPlan> plans, List<BaselinePupil> flagged) {
    }

    private record PageRead(Read insights, Map<String, List<ConsentRecord>> histories) {
    }
}

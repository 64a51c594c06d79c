package org.thrivemis.core.internal.impact;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
import org.thrivemis.api.impact.ImpactPlans;
import org.thrivemis.api.impact.PlanPeriod;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanReview;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The impact evaluation's read of plan periods: one access decision for all pupils asked for (a
 * teacher's reach is their classes), then one write transaction holding the bulk plan query and
 * the audit batch, so the read and its record are stored together.
 */
@Component(service = ImpactPlans.class)
public class ImpactPlansImpl implements ImpactPlans {
    static final String DETAIL = "impact evaluation";

    private final ThriveStore store;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public ImpactPlansImpl(@Reference ThriveStore store, @Reference ClassDirectory classes, @Reference HostClock clock) {
        // the JVM's zone is the school's: it turns the closing instant into the closing day
        this(store, classes, (Clock) clock);
    }

    /** For tests: a fixed clock. */
    public ImpactPlansImpl(ThriveStore store, ClassDirectory classes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
    }

    @Override
    public Map<String, List<PlanPeriod>> planPeriods(Actor actor, Collection<String> pupilIds) {
        Objects.requireNonNull(actor, "actor");
        boolean anyReach = actor.roles().stream().anyMatch(r -> Action.IMPACT_READ.reachOf(r).isPresent());
        if (!anyReach) {
            throw audit.refuse(actor, Action.IMPACT_READ, "", DETAIL, policy.refusal(actor, Action.IMPACT_READ));
        }
        List<String> wanted = pupilIds.stream().filter(Objects::nonNull).distinct().toList();
        Set<String> permitted = policy.permitted(actor, Action.IMPACT_READ, wanted);
        int refused = wanted.size() - permitted.size();
        List<ActionPlan> plans = store.write(tx -> {
            List<AuditEntry> entries = new ArrayList<>();
            permitted.forEach(id -> entries.add(audit.allowed(actor, Action.IMPACT_READ, id, DETAIL)));
            if (refused > 0) {
                // one summary entry: a teacher's school-wide page would otherwise log every other pupil
                entries.add(audit.denied(actor, Action.IMPACT_READ, "",
                        DETAIL + ": " + refused + " pupil(s) outside your classes left out"));
            }
            if (entries.isEmpty()) {
                entries.add(audit.allowed(actor, Action.IMPACT_READ, "", DETAIL + ": no pupils"));
            }
            tx.audit().append(entries);
            return permitted.isEmpty() ? List.<ActionPlan>of() : tx.plans().ofPupils(permitted);
        });
        Map<String, List<PlanPeriod>> result = new LinkedHashMap<>();
        permitted.forEach(id -> result.put(id, new ArrayList<>()));
        plans.stream().filter(p -> p.status() != PlanStatus.DRAFT && permitted.contains(p.pupilId()))
                .sorted(Comparator.comparing(ActionPlan::startDate).thenComparingLong(ActionPlan::id))
                .forEach(p -> result.get(p.pupilId()).add(period(p)));
        result.replaceAll((id, list) -> List.copyOf(list));
        return result;
    }

    private PlanPeriod period(ActionPlan plan) {
        Optional<LocalDate> end = switch (plan.status()) {
            case ACTIVE, DRAFT -> Optional.empty();
            // a reviewed plan ran until its latest review meeting (the review date when none is recorded)
            case REVIEWED -> Optional.of(plan.latestReview().map(PlanReview::reviewedOn).orElse(plan.reviewDate()));
            // a closed plan never changes again, so its last save is the closing
            case CLOSED -> Optional.of(LocalDate.ofInstant(plan.updatedAt(), clock.getZone()));
        };
        return new PlanPeriod(plan.pupilId(), plan.id(), plan.status(), plan.startDate(), end);
    }
}

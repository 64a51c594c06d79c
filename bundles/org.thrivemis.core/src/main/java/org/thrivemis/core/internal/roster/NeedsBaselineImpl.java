package org.thrivemis.core.internal.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.NeedsBaseline;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.core.internal.HostClock;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The list of pupils a roster sync flagged as new to the school, for office staff and
 * practitioners to arrange baseline profiles. The read and its audit entries (one per pupil
 * listed) share one transaction, as in the consent service.
 */
@Component(service = NeedsBaseline.class)
public class NeedsBaselineImpl implements NeedsBaseline {
    static final String DETAIL = "needs baseline list";

    private final ThriveStore store;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    /** The host's schools of a trust, when it serves several; AccessPolicy asks at each check. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    private final Clock clock;

    @Activate
    public NeedsBaselineImpl(@Reference ThriveStore store, @Reference ClassDirectory classes, @Reference HostClock clock) {
        this(store, classes, (Clock) clock);
    }

    NeedsBaselineImpl(ThriveStore store, ClassDirectory classes, Clock clock) {
        this.clock = clock;
        this.store = Objects.requireNonNull(store, "store");
        this.policy = new AccessPolicy(classes, clock, () -> Optional.ofNullable(schools));
        this.audit = new AuditTrail(store, clock);
    }

    @Override
    public List<BaselinePupil> pupils(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.permits(actor, Action.BASELINE_LIST)) {
            throw audit.refuse(actor, Action.BASELINE_LIST, "", DETAIL, policy.refusal(actor, Action.BASELINE_LIST));
        }
        return store.write(tx -> {
            List<BaselinePupil> pupils = inScope(actor, tx.roster().needingBaseline());
            List<AuditEntry> entries = new ArrayList<>();
            for (BaselinePupil p : pupils) {
                // roster ids are per source; the audit names the pupil by both
                entries.add(audit.allowed(actor, Action.BASELINE_LIST, p.pupilSourceId(), DETAIL + " (" + p.sourceId() + ")"));
            }
            if (entries.isEmpty()) {
                entries.add(audit.allowed(actor, Action.BASELINE_LIST, "", DETAIL + ": nobody listed"));
            }
            tx.audit().append(entries);
            return pupils;
        });
    }

    /**
     * In a trust, the pupils of the actor's schools: a pupil the host places in a school (a sync
     * from the host keys pupils by host id), else one whose roster schools (OneRoster orgs) carry the
     * name of one of the actor's schools in the host.
     */
    private List<BaselinePupil> inScope(Actor actor, List<BaselinePupil> all) {
        if (actor.schools().everySchool()) {
            return all;
        }
        SchoolDirectory directory = schools;
        if (directory == null) {
            return List.of();
        }
        Set<String> byHost = policy.inScope(actor, all.stream().map(BaselinePupil::pupilSourceId).toList());
        Set<String> names = directory.schools().stream().filter(s -> actor.schools().includes(s.key()))
                .map(s -> s.name().strip().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
        return all.stream().filter(p -> byHost.contains(p.pupilSourceId()) || p.schools().stream()
                .anyMatch(n -> names.contains(n.strip().toLowerCase(java.util.Locale.ROOT)))).toList();
    }
}

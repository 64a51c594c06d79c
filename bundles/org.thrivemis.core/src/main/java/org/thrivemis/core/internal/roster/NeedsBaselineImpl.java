package org.thrivemis.core.internal.roster;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.NeedsBaseline;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.core.internal.AccessPolicy;
import org.thrivemis.core.internal.Action;
import org.thrivemis.core.internal.AuditTrail;
import org.thrivemis.mis.api.ClassDirectory;

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

    @Activate
    public NeedsBaselineImpl(@Reference ThriveStore store, @Reference ClassDirectory classes) {
        this(store, classes, Clock.systemDefaultZone());
    }

    NeedsBaselineImpl(ThriveStore store, ClassDirectory classes, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.policy = new AccessPolicy(classes, clock);
        this.audit = new AuditTrail(store, clock);
    }

    @Override
    public List<BaselinePupil> pupils(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        if (!policy.permits(actor, Action.BASELINE_LIST)) {
            throw audit.refuse(actor, Action.BASELINE_LIST, "", DETAIL, policy.refusal(actor, Action.BASELINE_LIST));
        }
        return store.write(tx -> {
            List<BaselinePupil> pupils = tx.roster().needingBaseline();
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
}

package org.thrivemis.roster.internal;

import java.time.Clock;
import java.util.List;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.store.ThriveStore;

/**
 * Who may run roster syncs and see their reports: office staff (who keep the roster) and
 * administrators (who configure sources). Refusals are audited before the exception is thrown.
 * The roles mirror the design's role table; the core's {@code Action} table is internal to the
 * core bundle, so this bundle keeps its one rule here.
 */
final class SyncAccess {
    static final String ACTION = SyncEngine.AUDIT_ACTION;
    private static final ThriveRole[] MAY_SYNC = {ThriveRole.OFFICE, ThriveRole.ADMIN};

    private final ThriveStore store;
    private final Clock clock;

    SyncAccess(ThriveStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Returns normally when the actor may run syncs; otherwise audits the refusal and throws. */
    void require(Actor actor, String what) {
        if (actor.hasAny(MAY_SYNC)) {
            return;
        }
        AuditEntry denied = new AuditEntry(0, clock.instant(), actor.userId(), actor.displayName(), ACTION, "",
                what, AuditOutcome.DENIED);
        store.write(tx -> {
            tx.audit().append(List.of(denied));
            return null;
        });
        throw new AccessDeniedException("Only office staff and administrators can " + what
                + ". Ask whoever manages roles in the MIS if you need to.");
    }
}

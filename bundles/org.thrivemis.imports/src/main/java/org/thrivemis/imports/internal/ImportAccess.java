package org.thrivemis.imports.internal;

import java.time.Clock;
import java.util.List;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.store.ThriveStore;

/**
 * Who may import Thrive-Online exports: office staff (who run imports, as the design's role table
 * says) and senior leads (who may do everything with pupils' Thrive data). An import writes pupils'
 * Thrive data, so administrators alone may not. The core's {@code Action} table is internal to the
 * core bundle, so this bundle keeps its one rule here, as the roster bundle does. Refusals are
 * audited before the exception is thrown.
 */
final class ImportAccess {
    static final String ACTION_RUN = "import.run";
    static final String ACTION_COMMIT = "import.commit";
    static final String ACTION_WRITE = "import.write";
    static final String ACTION_REPORT = "import.report";
    private static final ThriveRole[] MAY_IMPORT = {ThriveRole.OFFICE, ThriveRole.SENIOR_LEAD};

    private final ThriveStore store;
    private final Clock clock;

    ImportAccess(ThriveStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Returns normally when the actor may import; otherwise audits the refusal and throws. */
    void require(Actor actor, String what) {
        if (actor.hasAny(MAY_IMPORT)) {
            return;
        }
        AuditEntry denied = entry(actor, ACTION_RUN, "", what, AuditOutcome.DENIED);
        store.write(tx -> {
            tx.audit().append(List.of(denied));
            return null;
        });
        throw new AccessDeniedException("Only office staff and senior leads can " + what
                + ". Ask whoever manages roles in the MIS if you need to.");
    }

    AuditEntry allowed(Actor actor, String action, String pupilId, String detail) {
        return entry(actor, action, pupilId, detail, AuditOutcome.ALLOWED);
    }

    private AuditEntry entry(Actor actor, String action, String pupilId, String detail, AuditOutcome outcome) {
        return new AuditEntry(0, clock.instant(), actor.userId(), actor.displayName(), action, pupilId, detail, outcome);
    }
}

package org.thrivemis.core.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.store.ThriveStore;

/**
 * Makes audit entries (actor id and name, UTC instant from the clock) and records refusals. Entries
 * for allowed work are appended by the caller inside the work's own transaction, so data and its
 * audit are stored together or not at all.
 */
public final class AuditTrail {
    private final ThriveStore store;
    private final Clock clock;

    public AuditTrail(ThriveStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An entry for allowed work; {@code pupilId} is empty when the work concerns no single pupil. */
    public AuditEntry allowed(Actor actor, Action action, String pupilId, String detail) {
        return entry(actor, action, pupilId, detail, AuditOutcome.ALLOWED);
    }

    /** An entry for a refusal. */
    public AuditEntry denied(Actor actor, Action action, String pupilId, String detail) {
        return entry(actor, action, pupilId, detail, AuditOutcome.DENIED);
    }

    /**
     * Stores a DENIED entry in a transaction of its own and returns the exception to throw: the
     * refusal is on record even though the caller's work never runs.
     */
    public AccessDeniedException refuse(Actor actor, Action action, String pupilId, String detail, String message) {
        AuditEntry entry = denied(actor, action, pupilId, detail);
        store.write(tx -> {
            tx.audit().append(List.of(entry));
            return null;
        });
        return new AccessDeniedException(message);
    }

    private AuditEntry entry(Actor actor, Action action, String pupilId, String detail, AuditOutcome outcome) {
        return new AuditEntry(0, clock.instant(), actor.userId(), actor.displayName(), action.code(),
                pupilId, detail, outcome);
    }
}

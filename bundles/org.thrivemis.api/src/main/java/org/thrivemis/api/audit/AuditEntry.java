package org.thrivemis.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited read or write of a pupil's Thrive data: who, when, what, about whom, and why.
 *
 * @param id store id (0 before it is stored)
 * @param at when
 * @param actorId host staff id of who acted
 * @param actorName their name at the time
 * @param action what, e.g. {@code consent.read}, {@code consent.record}
 * @param pupilId about whom (empty when the action concerns no single pupil)
 * @param detail why or what exactly, e.g. "pupil record tab", "class page 3O"
 * @param outcome allowed or denied
 */
public record AuditEntry(long id, Instant at, String actorId, String actorName, String action,
        String pupilId, String detail, AuditOutcome outcome) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(outcome, "outcome");
    }
}

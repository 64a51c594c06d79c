package org.thrivemis.api.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A stored consent decision. Records are never changed or deleted: a withdrawal is a new record.
 *
 * @param id store id
 * @param pupilId host pupil id
 * @param decision given or withdrawn
 * @param scopes what it covers
 * @param personName who decided
 * @param relationship their relationship to the pupil
 * @param decidedOn when they decided
 * @param note free text
 * @param recordedById staff id of who recorded it
 * @param recordedByName name of who recorded it
 * @param recordedAt when it was recorded
 */
public record ConsentRecord(long id, String pupilId, ConsentDecision decision, Set<ConsentScope> scopes,
        String personName, Relationship relationship, LocalDate decidedOn, String note,
        String recordedById, String recordedByName, Instant recordedAt) {
    public ConsentRecord {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(decision, "decision");
        scopes = Set.copyOf(scopes);
        Objects.requireNonNull(personName, "personName");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(decidedOn, "decidedOn");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(recordedById, "recordedById");
        Objects.requireNonNull(recordedByName, "recordedByName");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}

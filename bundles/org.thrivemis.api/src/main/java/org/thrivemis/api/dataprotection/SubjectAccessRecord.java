package org.thrivemis.api.dataprotection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.profile.Assessment;

/**
 * A pupil's complete Thrive record, as a subject access request receives it.
 *
 * @param pupilId the host pupil id
 * @param generatedAt when it was put together
 * @param generatedBy name of who exported it
 * @param roster the roster entries held (names, UPN, classes, leaving date)
 * @param consents every consent decision, newest first
 * @param profiles every profile with its levels, newest first
 * @param plans every action plan with its reviews, newest first
 * @param accesses the audit of who read or changed the record, newest first (this export not yet included)
 */
public record SubjectAccessRecord(String pupilId, Instant generatedAt, String generatedBy, List<HeldPupilDetails> roster,
        List<ConsentRecord> consents, List<Assessment> profiles, List<ActionPlan> plans, List<AuditEntry> accesses) {
    public SubjectAccessRecord {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(generatedBy, "generatedBy");
        roster = List.copyOf(roster);
        consents = List.copyOf(consents);
        profiles = List.copyOf(profiles);
        plans = List.copyOf(plans);
        accesses = List.copyOf(accesses);
    }
}

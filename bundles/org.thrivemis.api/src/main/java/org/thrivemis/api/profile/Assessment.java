package org.thrivemis.api.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One profile of one pupil: a level per statement of the content pack it was made with.
 *
 * @param id store id
 * @param pupilId host pupil id
 * @param kind baseline, behaviour or group
 * @param reason for a behaviour profile, the reason for referral (empty otherwise)
 * @param status draft or completed
 * @param assessedOn the date the profile describes
 * @param packId the content pack's id
 * @param packVersion the content pack's version
 * @param levels statement id to level; statements not yet marked are absent
 * @param assessorId staff id of who made it
 * @param assessorName their name
 * @param updatedAt last saved
 * @param updatedBy name of who last saved
 * @param completedAt when it was completed, if it was
 * @param version optimistic-locking version, incremented by every save
 */
public record Assessment(long id, String pupilId, ProfileKind kind, String reason, AssessmentStatus status,
        LocalDate assessedOn, String packId, String packVersion, Map<String, Level> levels, String assessorId,
        String assessorName, Instant updatedAt, String updatedBy, Optional<Instant> completedAt, long version) {
    public Assessment {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assessedOn, "assessedOn");
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(packVersion, "packVersion");
        levels = Map.copyOf(levels);
        Objects.requireNonNull(assessorId, "assessorId");
        Objects.requireNonNull(assessorName, "assessorName");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(updatedBy, "updatedBy");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}

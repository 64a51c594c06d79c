package org.thrivemis.api.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.ImportOrigin;

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
 * @param imported where an import made it from (format, run, day, the export's strand results);
 *        empty for a profile recorded in the MIS
 */
public record Assessment(long id, String pupilId, ProfileKind kind, String reason, AssessmentStatus status,
        LocalDate assessedOn, String packId, String packVersion, Map<String, Level> levels, String assessorId,
        String assessorName, Instant updatedAt, String updatedBy, Optional<Instant> completedAt, long version,
        Optional<ImportOrigin> imported) {
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
        Objects.requireNonNull(imported, "imported");
    }

    /** A profile recorded in the MIS (not imported). */
    public Assessment(long id, String pupilId, ProfileKind kind, String reason, AssessmentStatus status,
            LocalDate assessedOn, String packId, String packVersion, Map<String, Level> levels, String assessorId,
            String assessorName, Instant updatedAt, String updatedBy, Optional<Instant> completedAt, long version) {
        this(id, pupilId, kind, reason, status, assessedOn, packId, packVersion, levels, assessorId, assessorName,
                updatedAt, updatedBy, completedAt, version, Optional.empty());
    }
}

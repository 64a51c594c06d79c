package org.thrivemis.api.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil new to the school, flagged by a sync for a baseline Thrive profile.
 *
 * @param sourceId which roster source supplied them
 * @param pupilSourceId their id in that source
 * @param upn Unique Pupil Number, where known
 * @param givenName forename
 * @param familyName surname
 * @param dateOfBirth where known
 * @param schools names of their schools
 * @param flaggedAt when the sync that added them ran
 */
public record BaselinePupil(String sourceId, String pupilSourceId, Optional<String> upn, String givenName,
        String familyName, Optional<LocalDate> dateOfBirth, List<String> schools, Instant flaggedAt) {
    public BaselinePupil {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(pupilSourceId, "pupilSourceId");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        schools = List.copyOf(schools);
        Objects.requireNonNull(flaggedAt, "flaggedAt");
    }
}

package org.thrivemis.api.imports;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil as an export identifies them. The pipeline matches on a valid UPN first, then the host's
 * id, then surname + forename + date of birth only when exactly one pupil has them.
 *
 * @param upn Unique Pupil Number, as written in the file (checked by the pipeline)
 * @param hostId the MIS's own pupil id, when the export carries it
 * @param givenName forename (may be empty)
 * @param familyName surname (may be empty)
 * @param dateOfBirth date of birth, when given
 */
public record PupilIdentity(Optional<String> upn, Optional<String> hostId, String givenName, String familyName,
        Optional<LocalDate> dateOfBirth) {
    public PupilIdentity {
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(hostId, "hostId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
    }
}

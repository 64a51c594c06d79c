package org.thrivemis.api.dataprotection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A roster entry Thrive holds for the pupil (copied from a roster source).
 *
 * @param source the roster source's id
 * @param sourceId the pupil's id in that source
 * @param upn the Unique Pupil Number, "" when unknown
 * @param givenName forename
 * @param familyName surname
 * @param dateOfBirth where known
 * @param classKeys the classes the source enrolled the pupil in
 * @param leftAt when a sync archived the entry (the pupil left), if it did
 */
public record HeldPupilDetails(String source, String sourceId, String upn, String givenName, String familyName,
        Optional<LocalDate> dateOfBirth, List<String> classKeys, Optional<Instant> leftAt) {
    public HeldPupilDetails {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        classKeys = List.copyOf(classKeys);
        Objects.requireNonNull(leftAt, "leftAt");
    }
}

package org.thrivemis.api.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil (OneRoster user with role student).
 *
 * @param sourceId the source's stable id
 * @param upn Unique Pupil Number where the source knows it (matched on when the id is new)
 * @param givenName forename
 * @param familyName surname
 * @param dateOfBirth where the source knows it
 * @param schoolSourceIds the schools the pupil belongs to (at least one)
 * @param origin where it was read
 */
public record RosterPupil(String sourceId, Optional<String> upn, String givenName, String familyName,
        Optional<LocalDate> dateOfBirth, List<String> schoolSourceIds, Origin origin) {
    public RosterPupil {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        schoolSourceIds = List.copyOf(schoolSourceIds);
        Objects.requireNonNull(origin, "origin");
    }
}

package org.thrivemis.mis.api;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * A pupil as the host knows them. {@code id} is the host's own stable identifier; the UPN is
 * absent where the host has none.
 *
 * @param id host id, stable for the life of the pupil's record
 * @param upn Unique Pupil Number, when known
 * @param givenName forename
 * @param familyName surname
 * @param dateOfBirth date of birth
 * @param yearGroup the host's year-group label, e.g. {@code R}, {@code 1} … {@code 6}
 */
public record Pupil(String id, Optional<String> upn, String givenName, String familyName,
        LocalDate dateOfBirth, String yearGroup) {

    public Pupil {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(yearGroup, "yearGroup");
    }

    /** "Forename Surname", as shown in lists and headings. */
    public String displayName() {
        return givenName + " " + familyName;
    }

    /** Age in whole years on the given day. */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}

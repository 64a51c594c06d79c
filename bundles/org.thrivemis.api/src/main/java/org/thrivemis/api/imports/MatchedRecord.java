package org.thrivemis.api.imports;

import java.util.Objects;
import java.util.Optional;

/**
 * A record the import pipeline has read, checked and matched to exactly one pupil on roll, handed to
 * the domain ({@link ImportWriter}) to decide what it does.
 *
 * @param record the record as read
 * @param pupilId the host id of the pupil it matched
 * @param upn that pupil's UPN as the MIS has it
 * @param givenName their forename in the MIS
 * @param familyName their surname in the MIS
 */
public record MatchedRecord(ImportRecord record, String pupilId, Optional<String> upn, String givenName,
        String familyName) {
    public MatchedRecord {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(upn, "upn");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
    }

    /** "Forename Surname", for messages. */
    public String displayName() {
        return (givenName + " " + familyName).strip();
    }
}

package org.thrivemis.api.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.thrivemis.api.profile.ProfileResult;

/**
 * One pupil's outcome of a closed round.
 *
 * @param pupilId host pupil id
 * @param name the pupil's name
 * @param result per-strand results against their band's statements; empty when the pupil was not
 *        screened (no consent)
 * @param allocation the group allocation; empty when not screened
 * @param flagReasons why an individual profile is suggested; empty when the pupil is not flagged
 */
public record PupilScreening(String pupilId, String name, Optional<ProfileResult> result,
        Optional<Allocation> allocation, List<String> flagReasons) {
    public PupilScreening {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(allocation, "allocation");
        flagReasons = List.copyOf(flagReasons);
    }

    /** Whether an individual profile is suggested. */
    public boolean flagged() {
        return !flagReasons.isEmpty();
    }

    /** Whether the pupil was screened. */
    public boolean screened() {
        return result.isPresent();
    }
}

package org.thrivemis.api.dataprotection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pupil the retention policy applies to: every roster entry of theirs is archived (they left).
 *
 * @param pupilId the id the Thrive data is kept under
 * @param name the name on the roster
 * @param leftOn the day the roster archived their last entry
 */
public record RetentionCandidate(String pupilId, String name, LocalDate leftOn) {
    public RetentionCandidate {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(leftOn, "leftOn");
    }
}

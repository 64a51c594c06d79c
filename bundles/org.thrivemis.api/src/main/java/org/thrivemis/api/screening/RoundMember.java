package org.thrivemis.api.screening;

import java.util.Objects;

/**
 * A pupil in a round's roster snapshot, taken when the round was opened: later class moves do not
 * change who the round covers.
 *
 * @param pupilId host pupil id
 * @param ageMonths the age, in months, of the pupil's year group that chose their screening band
 */
public record RoundMember(String pupilId, int ageMonths) {
    public RoundMember {
        Objects.requireNonNull(pupilId, "pupilId");
    }
}

package org.thrivemis.api.store;

import java.time.LocalDate;
import java.util.Objects;
import org.thrivemis.api.profile.ProfileKind;

/** What identifies an imported profile across imports: one pupil's profile of one kind on one day. */
public record ImportedProfileKey(String pupilId, ProfileKind kind, LocalDate assessedOn) {
    public ImportedProfileKey {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(assessedOn, "assessedOn");
    }
}

package org.thrivemis.api.screening;

import java.util.Objects;
import org.thrivemis.api.profile.Level;

/** One cell of the screening grid: a pupil's level against one statement. */
public record Mark(String pupilId, String statementId, Level level) {
    public Mark {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(statementId, "statementId");
        Objects.requireNonNull(level, "level");
    }
}

package org.thrivemis.api.screening;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.thrivemis.api.profile.Level;

/**
 * One row of the screening grid.
 *
 * @param pupilId host pupil id
 * @param name the pupil's name as the host gives it
 * @param consent whether parental consent is current; without it the row cannot be marked
 * @param statementIds the statements of the pupil's age band (the cells they can be marked in)
 * @param marks statement id to level, as saved so far
 */
public record GridPupil(String pupilId, String name, boolean consent, List<String> statementIds,
        Map<String, Level> marks) {
    public GridPupil {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(name, "name");
        statementIds = List.copyOf(statementIds);
        marks = Map.copyOf(marks);
    }

    /** Whether every statement of the pupil's band has a mark. */
    public boolean complete() {
        return marks.keySet().containsAll(statementIds);
    }
}

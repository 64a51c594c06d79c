package org.thrivemis.demo.internal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A pupil of the host's school as the demo plans for them.
 *
 * @param id host pupil id
 * @param familyName for the parent's name on the consent form
 * @param born date of birth (age-expected stage, screening band)
 * @param classId the class they are in today
 */
record DemoPupil(String id, String familyName, LocalDate born, String classId) {
    DemoPupil {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(familyName, "familyName");
        Objects.requireNonNull(born, "born");
        Objects.requireNonNull(classId, "classId");
    }
}

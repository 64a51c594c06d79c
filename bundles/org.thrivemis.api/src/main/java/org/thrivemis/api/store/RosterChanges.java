package org.thrivemis.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;

/**
 * Everything one sync changes, applied by {@link RosterRepository#apply} in batches.
 *
 * @param source the roster source the added rows belong to
 * @param at the time stamped on archived rows and baseline flags
 */
public record RosterChanges(String source, Instant at, Changes<RosterSchool> schools, Changes<RosterClass> classes,
        Changes<RosterPupil> pupils, Changes<RosterStaff> staff, Changes<RosterEnrollment> enrollments) {
    public RosterChanges {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(pupils, "pupils");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(enrollments, "enrollments");
    }

    /**
     * The changes to one kind of record.
     *
     * @param added new records (added pupils are flagged for a baseline profile)
     * @param changed stored rows with their new value and source; they become current again
     * @param archived ids of current rows to archive
     * @param <T> the record type
     */
    public record Changes<T>(List<T> added, List<RosterRow<T>> changed, List<Long> archived) {
        public Changes {
            added = List.copyOf(added);
            changed = List.copyOf(changed);
            archived = List.copyOf(archived);
        }

        public static <T> Changes<T> none() {
            return new Changes<>(List.of(), List.of(), List.of());
        }

        /** Whether there is nothing to do. */
        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && archived.isEmpty();
        }
    }
}

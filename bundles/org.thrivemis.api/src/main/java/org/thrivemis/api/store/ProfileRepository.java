package org.thrivemis.api.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.profile.Assessment;

/**
 * Individual assessments and their levels. Every save goes through {@link #update} with the version
 * the caller read, so two people editing one draft cannot overwrite each other (optimistic locking).
 */
@ProviderType
public interface ProfileRepository {

    /** Stores a new assessment with its levels (its id is ignored) and returns it with the id assigned. */
    Assessment insert(Assessment assessment);

    /**
     * Stores new assessments with their levels (ids ignored) and returns them with the ids assigned,
     * in order. The default inserts one by one; the store bundle uses JDBC batches.
     */
    default List<Assessment> insertAll(List<Assessment> assessments) {
        List<Assessment> stored = new ArrayList<>(assessments.size());
        assessments.forEach(a -> stored.add(insert(a)));
        return stored;
    }

    /** The assessment with its levels. */
    Optional<Assessment> find(long id);

    /** Every assessment of the pupil with its levels, newest first (by date assessed, then id). */
    List<Assessment> ofPupil(String pupilId);

    /**
     * Every assessment of these pupils with its levels, newest first (by date assessed, then id), in
     * a fixed number of queries whatever the number of pupils. The default asks pupil by pupil;
     * the store bundle overrides it.
     */
    default List<Assessment> ofPupils(Collection<String> pupilIds) {
        List<Assessment> all = new ArrayList<>();
        pupilIds.stream().distinct().forEach(id -> all.addAll(ofPupil(id)));
        all.sort(java.util.Comparator.comparing(Assessment::assessedOn).thenComparing(Assessment::id).reversed());
        return all;
    }

    /**
     * Replaces the stored status, levels, last-saved fields and completion time with the given ones,
     * only if the stored version still equals {@code expectedVersion}; the stored version becomes
     * {@code expectedVersion + 1}.
     *
     * @return the stored assessment, or empty when the version had moved on (nothing was written)
     */
    Optional<Assessment> update(Assessment assessment, long expectedVersion);
}

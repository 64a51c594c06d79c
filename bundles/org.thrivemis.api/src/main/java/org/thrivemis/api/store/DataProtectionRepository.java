package org.thrivemis.api.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.dataprotection.HeldPupilDetails;
import org.thrivemis.api.dataprotection.RetentionCandidate;

/**
 * What the store holds about one pupil across every table, for subject access, erasure and
 * retention. The store finds the pupil's roster entries by pupil id (the host source's key) and by
 * UPN (the same child in another source), so an erasure reaches them all.
 */
@ProviderType
public interface DataProtectionRepository {

    /** The pupil's roster entries, with their classes, archived ones included. */
    List<HeldPupilDetails> heldDetails(String pupilId);

    /**
     * Erases every row about the pupil in every table and replaces the pupil id by {@code token} in
     * the audit trail (whose texts lose the pupil's id, UPN and names too).
     *
     * @return rows touched, by table name (tables with none absent)
     */
    Map<String, Integer> erase(String pupilId, String token);

    /**
     * As {@link #erase}, but the profiles and plans stay, keyed by {@code token}, with staff-written
     * free text cleared: anonymous records for whole-school evaluation.
     */
    Map<String, Integer> archive(String pupilId, String token);

    /**
     * Pupils all of whose roster entries were archived before {@code cutoff}, oldest first; the id
     * is the source key of their newest entry.
     */
    List<RetentionCandidate> leftBefore(Instant cutoff);
}

package org.thrivemis.api.dataprotection;

import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.Actor;

/**
 * The school's data-protection duties for Thrive data. Every call is checked (who may do what is in
 * the core's access table: senior leads and admins export, only admins erase and run retention)
 * and audited, allowed or refused.
 */
@ProviderType
public interface DataProtectionService {

    /**
     * Everything held about one pupil: roster entries, consents, profiles, plans and the audit of
     * who read or changed them.
     *
     * @throws org.thrivemis.api.AccessDeniedException when the actor may not export
     * @throws org.thrivemis.api.NotFoundException when neither the MIS nor the store knows the pupil
     */
    SubjectAccessRecord subjectAccess(Actor actor, String pupilId);

    /**
     * Removes every trace of the pupil from the Thrive store, in one transaction. One audit entry
     * records that an erasure happened (request reference, who, when) under a random token; earlier
     * audit entries about the pupil are re-keyed to that token.
     *
     * @throws org.thrivemis.api.ValidationException when the request is incomplete or its reference
     *         names the pupil (nothing is erased)
     */
    ErasureReport erase(Actor actor, String pupilId, ErasureRequest request);

    /** The dry run of the configured retention policy: who it would archive or erase, changing nothing. */
    RetentionPlan retentionPlan(Actor actor);

    /** Applies the retention policy now: each pupil of the plan in a transaction of its own. */
    RetentionResult applyRetention(Actor actor);

    /**
     * Starts applying the retention policy in the background, as {@link #applyRetention} does, and
     * returns at once; {@link #retentionProgress} follows it. While a run (started here or by the
     * schedule) is going, no second one starts: its progress is returned instead.
     *
     * @throws org.thrivemis.api.AccessDeniedException when the actor may not run the policy (audited)
     * @since 1.1
     */
    RetentionProgress startRetention(Actor actor);

    /**
     * The retention run going now, or the last one since this service started.
     *
     * @throws org.thrivemis.api.AccessDeniedException when the actor may not see the policy
     * @since 1.1
     */
    java.util.Optional<RetentionProgress> retentionProgress(Actor actor);
}

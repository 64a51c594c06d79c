package org.thrivemis.api.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;

/**
 * Individual Thrive profiles. Practitioners and senior leads create and edit; teachers read those of
 * pupils in the classes they teach; office staff and admins do not see them. Individual
 * assessments need current parental consent, checked here (not in the UI). Every call is audited.
 */
@ProviderType
public interface AssessmentService {

    /**
     * Starts a draft baseline or behaviour profile with the pack in force.
     *
     * @param reason the reason for referral; required for a behaviour profile
     * @throws ConsentRequiredException without current consent for individual assessment
     * @throws AccessDeniedException, NotFoundException, ValidationException
     */
    Assessment start(Actor actor, String pupilId, ProfileKind kind, String reason, LocalDate assessedOn);

    /**
     * Saves levels into a draft (merged with those already saved).
     *
     * @param expectedVersion the version the user opened
     * @throws ConflictException if someone saved since; nothing is overwritten
     * @throws ValidationException for unknown statements or a completed assessment
     * @throws ConsentRequiredException if consent was withdrawn meanwhile
     */
    Assessment saveLevels(Actor actor, long assessmentId, long expectedVersion, Map<String, Level> levels);

    /**
     * Completes a draft: every statement of the pack must have a level.
     *
     * @throws ValidationException naming the statements still unmarked
     * @throws ConflictException if someone saved since
     */
    Assessment complete(Actor actor, long assessmentId, long expectedVersion);

    /** One assessment. @throws NotFoundException, AccessDeniedException */
    Assessment get(Actor actor, long assessmentId);

    /** The pupil's profiles, newest first, drafts included, each with its result. */
    List<Profile> history(Actor actor, String pupilId);

    /** The result of an assessment against the pack it was made with, for the pupil's age on the day. */
    ProfileResult result(Assessment assessment);
}

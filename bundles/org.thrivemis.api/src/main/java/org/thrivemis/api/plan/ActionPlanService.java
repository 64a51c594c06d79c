package org.thrivemis.api.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;

/**
 * Action plans. Practitioners and senior leads create and change them; teachers read those of
 * pupils in the classes they teach. Creating, editing, activating, reviewing and continuing a plan
 * need current parental consent for action plans, checked here; reading and closing do not, so the
 * history stays readable after a withdrawal. Every call is checked and audited, allowed or denied.
 * Every change takes the version the user opened and refuses a stale one with a
 * {@link ConflictException} naming what changed; nothing is silently overwritten.
 */
@ProviderType
public interface ActionPlanService {

    /**
     * Candidate targets and activities for a plan from a completed assessment of the pupil.
     *
     * @throws ConsentRequiredException, AccessDeniedException, NotFoundException
     * @throws ValidationException if the assessment is not the pupil's or not completed
     */
    PlanSuggestions suggestions(Actor actor, String pupilId, long assessmentId);

    /**
     * Creates a DRAFT plan from a completed assessment of the pupil, owned by the actor.
     *
     * @throws ValidationException naming every problem; nothing is stored
     * @throws ConsentRequiredException, AccessDeniedException, NotFoundException
     */
    ActionPlan create(Actor actor, String pupilId, long assessmentId, PlanDraft draft);

    /** Replaces the content of a DRAFT or ACTIVE plan. @throws ConflictException, ValidationException, ConsentRequiredException */
    ActionPlan update(Actor actor, long planId, long expectedVersion, PlanDraft draft);

    /** DRAFT → ACTIVE. @throws ConflictException, ValidationException (wrong status), ConsentRequiredException */
    ActionPlan activate(Actor actor, long planId, long expectedVersion);

    /**
     * Records a review of an ACTIVE plan (progress per target) and makes it REVIEWED.
     *
     * @throws ValidationException naming every problem (e.g. a target without progress)
     * @throws ConflictException, ConsentRequiredException
     */
    ActionPlan review(Actor actor, long planId, long expectedVersion, ReviewInput review);

    /**
     * REVIEWED → ACTIVE for another cycle, with a new review date (default: 8 weeks from today).
     *
     * @throws ConflictException, ValidationException, ConsentRequiredException
     */
    ActionPlan continuePlan(Actor actor, long planId, long expectedVersion, Optional<LocalDate> reviewDate);

    /** Closes a plan that is not already closed; allowed without consent. @throws ConflictException, ValidationException */
    ActionPlan close(Actor actor, long planId, long expectedVersion);

    /** One plan with its reviews. @throws NotFoundException, AccessDeniedException */
    ActionPlan get(Actor actor, long planId);

    /** Every plan of the pupil with its reviews, newest first. @throws AccessDeniedException */
    List<ActionPlan> plansOf(Actor actor, String pupilId);
}

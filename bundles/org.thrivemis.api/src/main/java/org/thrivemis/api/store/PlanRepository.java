package org.thrivemis.api.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanReview;

/** Action plans with their targets, activities and reviews. */
@ProviderType
public interface PlanRepository {

    /** Stores a new plan (its id and reviews are ignored) with version 1 and returns it as stored. */
    ActionPlan insert(ActionPlan plan);

    /**
     * Replaces a plan's status, content, dates and updated-by/at if its stored version is still
     * {@code expectedVersion}, and increments the version. Reviews are not touched.
     *
     * @return the plan as stored, or empty when the stored version differs (someone saved since)
     */
    Optional<ActionPlan> update(ActionPlan plan, long expectedVersion);

    /** Appends a review to a plan (its id is ignored) and returns it with the id assigned. */
    PlanReview addReview(long planId, PlanReview review);

    /** A plan with its reviews. */
    Optional<ActionPlan> find(long planId);

    /** Every plan of the pupil with its reviews, newest first (by id). */
    List<ActionPlan> ofPupil(String pupilId);

    /**
     * Every plan of these pupils with its reviews, newest first (by id), in a fixed number of
     * queries whatever the number of pupils. The default asks pupil by pupil; the store bundle
     * overrides it.
     */
    default List<ActionPlan> ofPupils(Collection<String> pupilIds) {
        List<ActionPlan> all = new ArrayList<>();
        pupilIds.stream().distinct().forEach(id -> all.addAll(ofPupil(id)));
        all.sort(java.util.Comparator.comparingLong(ActionPlan::id).reversed());
        return all;
    }
}

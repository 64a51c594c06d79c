package org.thrivemis.api.impact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.Actor;

/**
 * The plan periods of many pupils at once, for the impact evaluation (attendance before, during and
 * after a plan against pupils without one). Senior leads see every pupil, teachers the pupils of
 * the classes they teach. Audited as {@code impact.read}: one ALLOWED entry per pupil read, one
 * DENIED entry summing up the pupils left out.
 */
@ProviderType
public interface ImpactPlans {

    /**
     * For each pupil among {@code pupilIds} the actor may see, their non-draft plans, oldest start
     * first (an empty list: no plan, so the pupil is in the comparison group). Pupils the actor may
     * not see are absent from the answer.
     *
     * @throws org.thrivemis.api.AccessDeniedException when the actor's roles do not allow the read at all (audited DENIED)
     */
    Map<String, List<PlanPeriod>> planPeriods(Actor actor, Collection<String> pupilIds);
}

package org.thrivemis.api.consent;

import java.util.Collection;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ValidationException;

/**
 * Parental consent for a pupil's Thrive work. Every call checks the actor's access and is
 * audited, whether allowed or denied.
 */
@ProviderType
public interface ConsentService {

    /**
     * The pupil's consent status and history.
     *
     * @throws AccessDeniedException if the actor may not see this pupil's consent
     */
    ConsentStatus status(Actor actor, String pupilId);

    /**
     * The current state per scope for many pupils at once (one query), e.g. for a class page.
     * Pupils the actor may not see are left out (and the refusal audited).
     */
    Map<String, Map<ConsentScope, ConsentState>> states(Actor actor, Collection<String> pupilIds);

    /**
     * Records a decision (given or withdrawn) for the pupil.
     *
     * @throws ValidationException naming every problem; nothing is stored
     * @throws AccessDeniedException if the actor may not record consent
     */
    ConsentRecord record(Actor actor, String pupilId, ConsentRequest request);

    /**
     * The domain's gate: returns normally only when consent for the scope is currently given.
     *
     * @throws ConsentRequiredException otherwise
     */
    void requireConsent(String pupilId, ConsentScope scope);

    /**
     * Whether any consent decision is recorded, for any pupil: a system-level question (e.g. "is this
     * a new installation?") that reads no pupil's data, so it takes no actor and is not audited.
     *
     * @since 1.1
     */
    boolean anyRecorded();
}

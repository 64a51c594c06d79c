package org.thrivemis.core.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.thrivemis.api.Actor;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;

/**
 * Stands in for the consent service (outside the plan service's unit): the action-plan consent
 * state per pupil, which a test sets, and the gate over it. Nothing recorded means not recorded.
 */
final class FakeConsentGate implements ConsentService {
    private final Map<String, ConsentState> planConsent = new HashMap<>();
    private final Map<String, ConsentState> profileConsent = new HashMap<>();

    void set(String pupilId, ConsentState state) {
        planConsent.put(pupilId, state);
    }

    /** Consent for individual profiles, which a review that starts a new profile needs. */
    void setIndividual(String pupilId, ConsentState state) {
        profileConsent.put(pupilId, state);
    }

    @Override
    public void requireConsent(String pupilId, ConsentScope scope) {
        ConsentState state = scope == ConsentScope.ACTION_PLAN
                ? planConsent.getOrDefault(pupilId, ConsentState.NOT_RECORDED)
                : profileConsent.getOrDefault(pupilId, ConsentState.NOT_RECORDED);
        if (state != ConsentState.GIVEN) {
            throw new ConsentRequiredException(pupilId, scope, state);
        }
    }

    @Override
    public boolean anyRecorded() {
        throw new UnsupportedOperationException("not used by the plan service");
    }

    @Override
    public ConsentStatus status(Actor actor, String pupilId) {
        throw new UnsupportedOperationException("not used by the plan service");
    }

    @Override
    public Map<String, Map<ConsentScope, ConsentState>> states(Actor actor, Collection<String> pupilIds) {
        throw new UnsupportedOperationException("not used by the plan service");
    }

    @Override
    public ConsentRecord record(Actor actor, String pupilId, ConsentRequest request) {
        throw new UnsupportedOperationException("not used by the plan service");
    }
}

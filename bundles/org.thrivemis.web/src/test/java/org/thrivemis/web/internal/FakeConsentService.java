package org.thrivemis.web.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;

/**
 * A hand-written ConsentService for the web layer's tests: answers from maps, records what it
 * was asked, and refuses or fails on demand.
 */
public final class FakeConsentService implements ConsentService {

    public final Map<String, ConsentStatus> statuses = new HashMap<>();
    /** Pupils the actor may not see. */
    public final Set<String> denied = new HashSet<>();
    /** Thrown by record() when set. */
    public ValidationException refuseWith;
    /** Thrown by every call when set. */
    public RuntimeException failWith;
    /** What record() returns. */
    public ConsentRecord recordResult;

    public final List<ConsentRequest> recorded = new ArrayList<>();
    public final List<List<String>> statesCalls = new ArrayList<>();
    public final List<Actor> actors = new ArrayList<>();

    @Override
    public ConsentStatus status(Actor actor, String pupilId) {
        check(actor, pupilId);
        return statuses.getOrDefault(pupilId, new ConsentStatus(pupilId, Map.of(), List.of()));
    }

    @Override
    public Map<String, Map<ConsentScope, ConsentState>> states(Actor actor, Collection<String> pupilIds) {
        statesCalls.add(List.copyOf(pupilIds));
        if (failWith != null) {
            throw failWith;
        }
        Map<String, Map<ConsentScope, ConsentState>> out = new LinkedHashMap<>();
        for (String id : pupilIds) {
            if (!denied.contains(id)) {
                out.put(id, statuses.getOrDefault(id, new ConsentStatus(id, Map.of(), List.of())).states());
            }
        }
        return out;
    }

    @Override
    public ConsentRecord record(Actor actor, String pupilId, ConsentRequest request) {
        recorded.add(request);
        check(actor, pupilId);
        if (refuseWith != null) {
            throw refuseWith;
        }
        return recordResult;
    }

    @Override
    public void requireConsent(String pupilId, ConsentScope scope) {
        throw new UnsupportedOperationException("not used by the web layer");
    }

    @Override
    public boolean anyRecorded() {
        throw new UnsupportedOperationException("not used by the web layer");
    }

    private void check(Actor actor, String pupilId) {
        actors.add(actor);
        if (failWith != null) {
            throw failWith;
        }
        if (denied.contains(pupilId)) {
            throw new AccessDeniedException(actor.userId() + " may not see pupil " + pupilId);
        }
    }
}

package org.thrivemis.api.consent;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A pupil's consent: the current state per scope and every record, newest first.
 */
public record ConsentStatus(String pupilId, Map<ConsentScope, ConsentState> states, List<ConsentRecord> history) {
    public ConsentStatus {
        EnumMap<ConsentScope, ConsentState> copy = new EnumMap<>(ConsentScope.class);
        for (ConsentScope s : ConsentScope.values()) {
            copy.put(s, states.getOrDefault(s, ConsentState.NOT_RECORDED));
        }
        states = Collections.unmodifiableMap(copy);
        history = List.copyOf(history);
    }

    /** Whether consent for the scope is currently given. */
    public boolean isGiven(ConsentScope scope) {
        return states.get(scope) == ConsentState.GIVEN;
    }

    /**
     * The state per scope that follows from a pupil's records: for each scope, the decision of the
     * record decided latest (ties broken by the later record). Records in any order.
     */
    public static Map<ConsentScope, ConsentState> statesOf(List<ConsentRecord> records) {
        EnumMap<ConsentScope, ConsentRecord> latest = new EnumMap<>(ConsentScope.class);
        for (ConsentRecord r : records) {
            for (ConsentScope s : r.scopes()) {
                ConsentRecord current = latest.get(s);
                if (current == null || isLater(r, current)) {
                    latest.put(s, r);
                }
            }
        }
        EnumMap<ConsentScope, ConsentState> states = new EnumMap<>(ConsentScope.class);
        for (ConsentScope s : ConsentScope.values()) {
            ConsentRecord r = latest.get(s);
            states.put(s, r == null ? ConsentState.NOT_RECORDED
                    : r.decision() == ConsentDecision.GIVEN ? ConsentState.GIVEN : ConsentState.WITHDRAWN);
        }
        return states;
    }

    private static boolean isLater(ConsentRecord a, ConsentRecord b) {
        int byDate = a.decidedOn().compareTo(b.decidedOn());
        if (byDate != 0) {
            return byDate > 0;
        }
        int byRecorded = a.recordedAt().compareTo(b.recordedAt());
        return byRecorded != 0 ? byRecorded > 0 : a.id() > b.id();
    }
}

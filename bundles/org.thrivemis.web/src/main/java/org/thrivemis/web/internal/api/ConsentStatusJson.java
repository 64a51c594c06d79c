package org.thrivemis.web.internal.api;

import java.util.List;
import java.util.Map;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;

/** A pupil's consent as the API writes it: the state per scope and the history, newest first. */
public record ConsentStatusJson(String pupilId, Map<ConsentScope, ConsentState> states,
        List<ConsentRecordJson> history) {

    static ConsentStatusJson of(ConsentStatus s) {
        return new ConsentStatusJson(s.pupilId(), s.states(), s.history().stream().map(ConsentRecordJson::of).toList());
    }
}

package org.thrivemis.api.classview;

import java.util.Map;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;

/**
 * What one class page shows of our data, read at once: each pupil's Thrive information and their
 * parental consent. A pupil the viewer may not see is absent from the map concerned (office staff,
 * for example, get consent but no Thrive information).
 *
 * @param insights the Thrive information of each pupil the viewer may see in the class view
 * @param consents the current consent state per scope of each pupil whose consent the viewer may see
 */
public record ClassViewRead(Map<String, PupilInsight> insights, Map<String, Map<ConsentScope, ConsentState>> consents) {
    public ClassViewRead {
        insights = Map.copyOf(insights);
        consents = Map.copyOf(consents);
    }

    /** Nothing to show. */
    public static final ClassViewRead EMPTY = new ClassViewRead(Map.of(), Map.of());
}

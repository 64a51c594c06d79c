package org.thrivemis.web.internal.column;

import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.web.internal.StateTags;

/**
 * One pupil's consent cell: a tag for individual assessments, and a note on action plans only
 * when their consent differs (the usual case, both the same, stays short).
 *
 * @param label the tag's text, e.g. "Given"
 * @param tagClass the tag's colour class
 * @param plans the action-plan state in lower case when it differs, e.g. "withdrawn"
 * @param sortKey the individual-assessment state's name, e.g. {@code GIVEN}
 */
public record CellView(String label, String tagClass, Optional<String> plans, String sortKey) {

    /** The cell for a pupil's states (missing scopes count as not recorded). */
    public static CellView of(Map<ConsentScope, ConsentState> states) {
        ConsentState assessment = states.getOrDefault(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.NOT_RECORDED);
        ConsentState plans = states.getOrDefault(ConsentScope.ACTION_PLAN, ConsentState.NOT_RECORDED);
        return new CellView(assessment.label(), StateTags.cssClass(assessment),
                plans == assessment ? Optional.empty() : Optional.of(plans.label().toLowerCase()),
                assessment.name());
    }
}

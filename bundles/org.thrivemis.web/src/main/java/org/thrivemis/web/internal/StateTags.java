package org.thrivemis.web.internal;

import org.thrivemis.api.consent.ConsentState;

/** The GOV.UK tag colour for each consent state, the same on the tab and in the class column. */
public final class StateTags {

    private StateTags() {
    }

    /** The modifier class: given green, withdrawn red, not recorded grey. */
    public static String cssClass(ConsentState state) {
        return switch (state) {
            case GIVEN -> "govuk-tag--green";
            case WITHDRAWN -> "govuk-tag--red";
            case NOT_RECORDED -> "govuk-tag--grey";
        };
    }
}

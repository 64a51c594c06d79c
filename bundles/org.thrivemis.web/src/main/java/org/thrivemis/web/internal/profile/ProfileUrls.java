package org.thrivemis.web.internal.profile;

import org.thrivemis.api.content.Strand;

/**
 * The addresses of the profile pages, all on the Thrive tab's own URL with query parameters
 * ({@code assessment}, {@code strand}, {@code step}), so the host keeps its chrome around them.
 */
public record ProfileUrls(String tabUrl) {
    static final String ASSESSMENT = "assessment";
    static final String STRAND = "strand";
    static final String STEP = "step";
    static final String CHECK = "check";
    static final String SAVED = "profileSaved";

    /** The Thrive tab's address beside another tab of the same pupil record (the host names tabs by {@code tab=}). */
    public static ProfileUrls besideTab(String otherTabUrl, String otherTabId) {
        return new ProfileUrls(otherTabUrl.replace("tab=" + otherTabId, "tab=thrive-profile"));
    }

    public String strand(long assessmentId, Strand strand) {
        return with(ASSESSMENT + "=" + assessmentId + "&" + STRAND + "=" + strand.name());
    }

    String check(long assessmentId) {
        return with(ASSESSMENT + "=" + assessmentId + "&" + STEP + "=" + CHECK);
    }

    String checkWith(long assessmentId, String flag) {
        return with(ASSESSMENT + "=" + assessmentId + "&" + STEP + "=" + CHECK + "&" + SAVED + "=" + flag);
    }

    /** The tab itself with a "saved" flag for the banner. */
    String saved(String flag) {
        return with(SAVED + "=" + flag);
    }

    String with(String parameters) {
        return tabUrl + (tabUrl.contains("?") ? "&" : "?") + parameters;
    }
}

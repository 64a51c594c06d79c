package org.thrivemis.web.internal.screening;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Where the screening pages and their API live, in one place. */
public final class ScreeningUrls {
    static final String INDEX = "/thrive/screening";
    static final String CLASSES = "/thrive/classes";
    static final String SCRIPT = "/thrive/assets/screening.js";
    static final String STYLESHEET = "/assets/govuk-frontend.min.css";

    private ScreeningUrls() {
    }

    /** The class's screening page: its rounds, the open form and the year's comparison. */
    public static String classPage(String classId) {
        return CLASSES + "/" + encode(classId) + "/screening";
    }

    /** A round: the grid while open, the class profile once closed. */
    public static String round(long roundId) {
        return INDEX + "/" + roundId;
    }

    static String marksApi(long roundId) {
        return "/api/v1/screening/" + roundId + "/marks";
    }

    /** A pupil's record on the host, from the configured pattern. */
    static String pupil(String pattern, String pupilId) {
        return pattern.replace("{pupilId}", encode(pupilId));
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package org.thrivemis.web.internal.api;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's resources, read from the path after {@code /api/v1}: a pupil's consents
 * ({@code /pupils/{id}/consents}) and one consent record ({@code /pupils/{id}/consents/{recordId}}).
 *
 * @param pupilId the host pupil id in the path
 * @param recordId the consent record's id, for the single-record resource
 */
record ApiRoute(String pupilId, Optional<Long> recordId) {

    private static final Pattern CONSENTS = Pattern.compile("/pupils/([^/]+)/consents(?:/([0-9]{1,18}))?/?");

    /** The resource at this path, or empty when the API has none there. */
    static Optional<ApiRoute> parse(String pathInfo) {
        Matcher m = CONSENTS.matcher(pathInfo == null ? "" : pathInfo);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiRoute(m.group(1), Optional.ofNullable(m.group(2)).map(Long::valueOf)));
    }

    /** The HTTP methods the resource answers: records are never changed, so one record is read-only. */
    List<String> methods() {
        return recordId.isPresent() ? List.of("GET") : List.of("GET", "POST");
    }
}

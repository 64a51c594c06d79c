package org.thrivemis.mis.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tab is asked to render: who is looking, at which pupil, with which query parameters.
 *
 * @param viewer the signed-in viewer
 * @param pupil the pupil whose record is open
 * @param parameters the page's query parameters (a tab may use them for its own navigation)
 * @param csrfToken the token a tab's forms must carry in field {@link CurrentUser#CSRF_FIELD}
 * @param tabUrl the address of this tab on the pupil record (for links back)
 * @param locale the viewer's locale
 */
public record TabRequest(Viewer viewer, Pupil pupil, Map<String, List<String>> parameters,
        String csrfToken, String tabUrl, Locale locale) {

    public TabRequest {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(pupil, "pupil");
        parameters = Map.copyOf(parameters);
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(tabUrl, "tabUrl");
        Objects.requireNonNull(locale, "locale");
    }

    /** The first value of a query parameter. */
    public Optional<String> parameter(String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }
}

package org.thrivemis.mis.api;

import java.util.Objects;
import java.util.Optional;

/**
 * What a tab answers to a form post: either a redirect (POST-redirect-GET, the usual answer to
 * success) or a fragment to show in the page chrome with a status (e.g. the form again with its
 * errors, status 400).
 */
public record TabResult(Optional<String> redirectTo, Optional<String> html, int status) {
    public TabResult {
        Objects.requireNonNull(redirectTo, "redirectTo");
        Objects.requireNonNull(html, "html");
        if (redirectTo.isPresent() == html.isPresent()) {
            throw new IllegalArgumentException("a tab result is either a redirect or a fragment");
        }
    }

    /** Redirect the browser (303 See Other) to a URL on this server. */
    public static TabResult redirect(String url) {
        return new TabResult(Optional.of(url), Optional.empty(), 303);
    }

    /** Show this fragment in the tab, with this HTTP status. */
    public static TabResult show(String html, int status) {
        return new TabResult(Optional.empty(), Optional.of(html), status);
    }
}

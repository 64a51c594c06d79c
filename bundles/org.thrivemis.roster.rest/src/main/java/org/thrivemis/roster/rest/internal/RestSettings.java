package org.thrivemis.roster.rest.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A OneRoster REST source's configuration, checked: every problem is listed with the field, the
 * value (never a secret's) and what to set.
 */
record RestSettings(String id, URI baseUri, String version, AuthScheme auth, String consumerKey,
        Secret consumerSecret, Optional<URI> tokenUri, String clientId, Secret clientSecret, String scope,
        int pageSize, Duration connectTimeout, Duration readTimeout, RetryPolicy retry) {

    /** The settings, or an {@link IllegalArgumentException} listing every problem. */
    static RestSettings of(RestSourceConfig c) {
        List<String> problems = new ArrayList<>();
        String id = c.roster_source_id() == null ? "" : c.roster_source_id().strip();
        if (id.isEmpty()) {
            problems.add("roster.source.id is empty: give the source a unique id, e.g. trust-oneroster");
        }
        Optional<URI> base = httpUri("baseUrl", c.baseUrl(), problems);
        String version = c.version() == null ? "" : c.version().strip();
        if (!version.equals("1.1") && !version.equals("1.2")) {
            problems.add("version '" + version + "' is not supported: set 1.1 or 1.2");
        }
        AuthScheme auth = c.auth();
        Optional<URI> token = Optional.empty();
        if (auth == AuthScheme.OAUTH2_CLIENT_CREDENTIALS) {
            token = httpUri("tokenUrl", c.tokenUrl(), problems);
            require("clientId", c.clientId(), problems);
            require(".clientSecret", c._clientSecret(), problems);
        } else {
            require("consumerKey", c.consumerKey(), problems);
            require(".consumerSecret", c._consumerSecret(), problems);
        }
        range("pageSize", c.pageSize(), 1, 10_000, problems);
        range("connectTimeoutSeconds", c.connectTimeoutSeconds(), 1, 600, problems);
        range("readTimeoutSeconds", c.readTimeoutSeconds(), 1, 3600, problems);
        range("maxRetries", c.maxRetries(), 0, 10, problems);
        range("maxWaitSeconds", c.maxWaitSeconds(), 1, 3600, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("The OneRoster REST source" + (id.isEmpty() ? "" : " '" + id + "'")
                    + " is not configured correctly: " + String.join("; ", problems) + ".");
        }
        Duration maxWait = Duration.ofSeconds(c.maxWaitSeconds());
        Duration base1 = Duration.ofSeconds(1).compareTo(maxWait) < 0 ? Duration.ofSeconds(1) : maxWait;
        return new RestSettings(id, base.get(), version, auth, nz(c.consumerKey()), new Secret(nz(c._consumerSecret())),
                token, nz(c.clientId()), new Secret(nz(c._clientSecret())), nz(c.scope()), c.pageSize(),
                Duration.ofSeconds(c.connectTimeoutSeconds()), Duration.ofSeconds(c.readTimeoutSeconds()),
                new RetryPolicy(c.maxRetries(), base1, maxWait));
    }

    /** The same settings with another retry policy (tests shorten the back-off). */
    RestSettings withRetry(RetryPolicy other) {
        return new RestSettings(id, baseUri, version, auth, consumerKey, consumerSecret, tokenUri, clientId,
                clientSecret, scope, pageSize, connectTimeout, readTimeout, other);
    }

    private static Optional<URI> httpUri(String field, String value, List<String> problems) {
        String v = nz(value);
        try {
            URI uri = new URI(v);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getRawQuery() == null) {
                return Optional.of(uri);
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(field + " '" + v + "' is not an http(s) URL without a query: set the provider's address,"
                + " e.g. https://provider.example/ims/oneroster/v1p1");
        return Optional.empty();
    }

    private static void require(String field, String value, List<String> problems) {
        if (nz(value).isEmpty()) {
            problems.add(field + " is empty: copy it from the provider");
        }
    }

    private static void range(String field, int value, int min, int max, List<String> problems) {
        if (value < min || value > max) {
            problems.add(field + " " + value + " is out of range: set " + min + " to " + max);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }
}

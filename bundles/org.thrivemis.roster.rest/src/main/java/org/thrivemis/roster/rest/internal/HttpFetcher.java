package org.thrivemis.roster.rest.internal;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * GETs one page from the provider with the Jakarta REST client and hands back its body, retrying
 * what may pass (timeouts, 429 after its Retry-After, 5xx, a dropped connection) with back-off, and
 * renewing a bearer token once after a 401. Anything else, or running out of retries, is a
 * {@link FetchFailure} naming the URL and status.
 */
final class HttpFetcher {
    private static final System.Logger LOG = System.getLogger(HttpFetcher.class.getName());

    private final Client client;
    private final Authorizer authorizer;
    private final RetryPolicy retry;
    private final Pause pause;
    private final Clock clock;

    HttpFetcher(Client client, Authorizer authorizer, RetryPolicy retry, Pause pause, Clock clock) {
        this.client = client;
        this.authorizer = authorizer;
        this.retry = retry;
        this.pause = pause;
        this.clock = clock;
    }

    /** The body of a 200 response to GET {@code uri}. */
    byte[] get(URI uri) throws FetchFailure {
        boolean renewed = false;
        FetchFailure last = null;
        for (int attempt = 0; attempt <= retry.maxRetries(); attempt++) {
            if (attempt > 0) {
                Duration wait = waitBefore(attempt, last);
                LOG.log(System.Logger.Level.INFO, "Retrying {0} in {1} ms after {2} (retry {3} of {4})", uri,
                        wait.toMillis(), last.statusText(), attempt, retry.maxRetries());
                sleep(wait, uri);
            }
            Attempt a = once(uri);
            if (a.body != null) {
                return a.body;
            }
            last = a.failure;
            if (a.failure.status() == 401 && !renewed && authorizer.renew()) {
                // a token that expired or was revoked early: one fresh token, not counted as a retry
                renewed = true;
                attempt--;
                continue;
            }
            if (!a.retryable) {
                throw a.failure;
            }
        }
        throw new FetchFailure(last.kind(), uri, last.status(), last.getMessage() + " Gave up after "
                + retry.maxRetries() + " retries.");
    }

    private Duration waitBefore(int attempt, FetchFailure last) {
        Duration backoff = retry.backoff(attempt);
        if (last instanceof RateLimited limited) {
            return retry.retryAfter(limited.retryAfter, clock.instant()).orElse(backoff);
        }
        return backoff;
    }

    private void sleep(Duration wait, URI uri) throws FetchFailure {
        try {
            pause.pause(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 0, "The sync was stopped while waiting to"
                    + " retry " + uri + ".");
        }
    }

    /** One request: a body, or a failure that may or may not be worth repeating. */
    private record Attempt(byte[] body, FetchFailure failure, boolean retryable) {
    }

    private Attempt once(URI uri) throws FetchFailure {
        String authorization = authorizer.authorization(uri);
        Response response;
        try {
            response = client.target(uri).request(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.AUTHORIZATION, authorization).get();
        } catch (ProcessingException e) {
            return noResponse(uri, e);
        }
        try (response) {
            int status = response.getStatus();
            if (status == 200) {
                try {
                    return new Attempt(response.readEntity(byte[].class), null, false);
                } catch (ProcessingException e) {
                    return noResponse(uri, e);
                }
            }
            return new Attempt(null, failure(uri, status, response), retryable(status));
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    private static FetchFailure failure(URI uri, int status, Response response) {
        String at = uri + " answered HTTP " + status;
        return switch (status) {
        case 401 -> new FetchFailure(FetchFailure.Kind.CREDENTIALS, uri, status, at + " (not authorised). Check"
                + " the consumer key and secret or the client id and secret, the authentication scheme, and"
                + " that the MIS server's clock is right.");
        case 403 -> new FetchFailure(FetchFailure.Kind.CREDENTIALS, uri, status, at + " (forbidden). The"
                + " credentials are valid but may not read this collection: ask the provider to grant"
                + " roster read access.");
        case 404 -> new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, status, at + " (not found). Check the"
                + " base URL and the OneRoster version: 1.1 is usually …/ims/oneroster/v1p1, 1.2"
                + " …/ims/oneroster/rostering/v1p2.");
        case 429 -> new RateLimited(uri, at + " (too many requests) and kept refusing. Try again later or"
                + " ask the provider for a higher rate limit.", response.getHeaderString("Retry-After"));
        default -> new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, status, at + (status >= 500
                ? " (provider error). Try again later; if it persists, report it to the provider."
                : ". Check the base URL and the provider's documentation."));
        };
    }

    private static Attempt noResponse(URI uri, ProcessingException e) {
        Throwable root = rootCause(e);
        if (root instanceof ConnectException || root instanceof UnknownHostException) {
            return new Attempt(null, new FetchFailure(FetchFailure.Kind.UNREACHABLE, uri, 0, uri
                    + " could not be reached (" + cause(e) + "). Check the base URL and that the MIS server"
                    + " can reach the provider."), true);
        }
        String what = root instanceof SocketTimeoutException ? " did not answer in time (" + cause(e)
                + "). If the provider is slow, raise the read timeout." : " broke off the response ("
                        + cause(e) + ").";
        return new Attempt(null, new FetchFailure(FetchFailure.Kind.BAD_RESPONSE, uri, 0, uri + what), true);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** The innermost cause as "Type: message", for a report line. */
    static String cause(Throwable e) {
        Throwable root = rootCause(e);
        return root.getClass().getSimpleName() + Optional.ofNullable(root.getMessage()).map(m -> ": " + m).orElse("");
    }

    /** A 429, carrying the provider's Retry-After for the next wait. */
    private static final class RateLimited extends FetchFailure {
        private static final long serialVersionUID = 1L;
        private final String retryAfter;

        RateLimited(URI uri, String message, String retryAfter) {
            super(Kind.BAD_RESPONSE, uri, 429, message);
            this.retryAfter = retryAfter;
        }
    }
}

package org.thrivemis.roster.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How often and how long to wait before repeating a failed request: exponential back-off from
 * {@code base}, doubling per attempt, and a provider's {@code Retry-After}, both capped by
 * {@code maxWait} so a sync never hangs on one provider's say-so.
 *
 * @param maxRetries repeats after the first attempt
 * @param base the first back-off
 * @param maxWait the longest single wait
 */
record RetryPolicy(int maxRetries, Duration base, Duration maxWait) {

    RetryPolicy {
        if (maxRetries < 0 || maxRetries > 10) {
            throw new IllegalArgumentException("maxRetries must be 0 to 10, not " + maxRetries);
        }
    }

    /** The wait before retry number {@code attempt} (1 for the first retry). */
    Duration backoff(int attempt) {
        Duration d = base.multipliedBy(1L << Math.min(attempt - 1, 20));
        return cap(d);
    }

    /**
     * The wait a {@code Retry-After} header asks for (delay in seconds or an HTTP date), capped; empty
     * when the header is absent or unreadable (then the back-off applies).
     */
    Optional<Duration> retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String v = header.strip();
        try {
            long seconds = Long.parseLong(v);
            return Optional.of(cap(Duration.ofSeconds(Math.max(0, seconds))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return Optional.of(cap(d.isNegative() ? Duration.ZERO : d));
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }

    private Duration cap(Duration d) {
        return d.compareTo(maxWait) > 0 ? maxWait : d;
    }
}

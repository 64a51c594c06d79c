package org.thrivemis.roster.rest.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(60));
    private final Instant now = Instant.parse("2025-10-01T08:00:00Z");

    @Test
    void backOffDoublesUpToTheCap() {
        assertEquals(Duration.ofSeconds(1), policy.backoff(1));
        assertEquals(Duration.ofSeconds(2), policy.backoff(2));
        assertEquals(Duration.ofSeconds(4), policy.backoff(3));
        assertEquals(Duration.ofSeconds(60), policy.backoff(9));
    }

    @Test
    void retryAfterInSecondsIsHonouredAndCapped() {
        assertEquals(Optional.of(Duration.ofSeconds(7)), policy.retryAfter("7", now));
        assertEquals(Optional.of(Duration.ofSeconds(60)), policy.retryAfter("86400", now));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        assertEquals(Optional.of(Duration.ofSeconds(30)), policy.retryAfter("Wed, 01 Oct 2025 08:00:30 GMT", now));
        assertEquals(Optional.of(Duration.ZERO), policy.retryAfter("Wed, 01 Oct 2025 07:00:00 GMT", now));
    }

    @Test
    void anUnreadableRetryAfterFallsBackToTheBackOff() {
        assertEquals(Optional.empty(), policy.retryAfter("soon", now));
        assertEquals(Optional.empty(), policy.retryAfter(null, now));
    }
}

package org.thrivemis.roster.rest.internal;

import java.time.Duration;

/** Waits before a retry; tests substitute one that records the wait instead of sleeping. */
interface Pause {
    Pause SLEEP = d -> Thread.sleep(d.toMillis());

    void pause(Duration duration) throws InterruptedException;
}

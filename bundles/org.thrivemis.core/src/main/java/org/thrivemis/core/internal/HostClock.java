package org.thrivemis.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * "Now" for the domain: the product's {@link Clock} service when one is registered (a host's demo
 * date, a benchmark's fixed day), else the system clock in the JVM's zone. Components hand it the
 * service as it comes and goes, so "not in the future" and "enrolled today" agree with the host's
 * own pages and with our class-view columns, which take the same optional Clock. One instance, a
 * component of this bundle, follows the service; every domain component takes it in its constructor
 * (registered under this class's name only, so nothing mistakes it for the product's Clock).
 */
@Component(service = HostClock.class)
public final class HostClock extends Clock {
    private final Clock fallback;
    private volatile Clock service;

    /** The system clock until a Clock service is {@linkplain #use used}. */
    public HostClock() {
        this(Clock.systemDefaultZone());
    }

    HostClock(Clock fallback) {
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** Follows this Clock service from now on (a product's demo date, a benchmark's fixed day). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "release")
    public synchronized void use(Clock clock) {
        this.service = Objects.requireNonNull(clock, "clock");
    }

    /** Stops following this Clock service (a newer one bound meanwhile is kept). */
    public synchronized void release(Clock clock) {
        if (service == clock) {
            service = null;
        }
    }

    private Clock current() {
        Clock c = service;
        return c != null ? c : fallback;
    }

    @Override
    public ZoneId getZone() {
        return current().getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return current().withZone(zone);
    }

    @Override
    public Instant instant() {
        return current().instant();
    }
}

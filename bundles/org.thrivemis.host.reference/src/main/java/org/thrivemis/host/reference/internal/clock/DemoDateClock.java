package org.thrivemis.host.reference.internal.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.host.reference.internal.school.SampleSchool;

/**
 * A {@link Clock} service whose day is fixed by configuration: the sample school and any plugin
 * taking an optional Clock (our class-view columns do) then agree on "today". It ticks from midday
 * of that day, so durations still measure real time. Exists only while configured.
 */
@Component(service = Clock.class, configurationPid = DemoDateConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoDateConfig.class)
public final class DemoDateClock extends Clock {

    private final Instant start;
    private final long startNanos;
    private final ZoneId zone;

    @Activate
    public DemoDateClock(DemoDateConfig config) {
        this(parse(config.today()).atTime(12, 0).atZone(SampleSchool.ZONE).toInstant(), System.nanoTime(),
                SampleSchool.ZONE);
    }

    private DemoDateClock(Instant start, long startNanos, ZoneId zone) {
        this.start = start;
        this.startNanos = startNanos;
        this.zone = zone;
    }

    private static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Configuration " + DemoDateConfig.PID + ": today '" + text
                    + "' is not a date; write it as YYYY-MM-DD, e.g. 2027-07-09", e);
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new DemoDateClock(start, startNanos, other);
    }

    @Override
    public Instant instant() {
        return start.plus(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}

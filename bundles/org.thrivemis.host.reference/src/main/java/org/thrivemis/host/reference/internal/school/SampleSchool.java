package org.thrivemis.host.reference.internal.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.host.reference.internal.HostConfig;

/**
 * The generated sample school and the host's calendar, shared by the port components and the
 * pages. "Today" comes from a {@link Clock} service when one is registered (tests fix the date that
 * way), else from the system clock in UK time. When the day changes the school is generated again,
 * so the registers always run up to today.
 */
@Component(service = SampleSchool.class, configurationPid = HostConfig.PID)
@Designate(ocd = HostConfig.class)
public final class SampleSchool {

    /** The school's time zone: registers are taken on UK days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private final Clock clock;
    private volatile long seed;
    private volatile int classesPerYearGroup;
    private volatile School school;
    private volatile LocalDate generatedOn;

    @Activate
    public SampleSchool(HostConfig config,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Clock clock) {
        this.clock = Optional.ofNullable(clock).orElseGet(Clock::systemUTC).withZone(ZONE);
        this.seed = config.seed();
        this.classesPerYearGroup = config.classesPerYearGroup();
        regenerate();
    }

    @Modified
    synchronized void modified(HostConfig config) {
        if (config.seed() != seed || config.classesPerYearGroup() != classesPerYearGroup) {
            seed = config.seed();
            classesPerYearGroup = config.classesPerYearGroup();
            regenerate();
        }
    }

    /** Today, in the school's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The school as it stands today. */
    public School school() {
        if (!today().equals(generatedOn)) {
            synchronized (this) {
                if (!today().equals(generatedOn)) {
                    regenerate();
                }
            }
        }
        return school;
    }

    /** The school's seed in use. */
    public long seed() {
        return seed;
    }

    private synchronized void regenerate() {
        Clock now = Clock.fixed(clock.instant(), ZONE);
        school = new SchoolGenerator(seed, now, classesPerYearGroup).generate();
        generatedOn = LocalDate.now(now);
    }
}

package org.thrivemis.host.reference.internal.school;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.host.reference.internal.HostConfig;
import org.thrivemis.mis.api.StaffMember;

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
    private volatile int secondSchoolClasses;
    private volatile School school;
    private volatile LocalDate generatedOn;

    @Activate
    public SampleSchool(HostConfig config,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            Clock clock) {
        this.clock = Optional.ofNullable(clock).orElseGet(Clock::systemUTC).withZone(ZONE);
        this.seed = config.seed();
        this.classesPerYearGroup = config.classesPerYearGroup();
        this.secondSchoolClasses = config.secondSchoolClassesPerYearGroup();
        regenerate();
    }

    @Modified
    synchronized void modified(HostConfig config) {
        if (config.seed() != seed || config.classesPerYearGroup() != classesPerYearGroup
                || config.secondSchoolClassesPerYearGroup() != secondSchoolClasses) {
            seed = config.seed();
            classesPerYearGroup = config.classesPerYearGroup();
            secondSchoolClasses = config.secondSchoolClassesPerYearGroup();
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

    /** The trust's member of staff who sees every school, and the demo sign-in for them. */
    static final StaffMember TRUST_LEAD = new StaffMember("T001", "trust", "Priya Shah", Set.of("senior", "trust"));

    /**
     * The sample data: Hawthorn alone, or the trust of Hawthorn and Elmfield (a second seed, its own
     * ids and UPNs) with a trust-wide senior lead.
     */
    static School generate(long seed, Clock now, int classesPerYearGroup, int secondSchoolClasses) {
        School hawthorn = new SchoolGenerator(seed, now, classesPerYearGroup).generate();
        if (secondSchoolClasses < 1) {
            return hawthorn;
        }
        School elmfield = new SchoolGenerator(seed * 31 + 7, now, secondSchoolClasses, SchoolGenerator.ELMFIELD)
                .generate();
        return School.trust(List.of(hawthorn, elmfield), List.of(TRUST_LEAD), List.of(new DemoAccount("trust",
                "trust", TRUST_LEAD.id(), "Trust-wide senior leader: sees both schools")));
    }

    private synchronized void regenerate() {
        Clock now = Clock.fixed(clock.instant(), ZONE);
        school = generate(seed, now, classesPerYearGroup, secondSchoolClasses);
        generatedOn = LocalDate.now(now);
    }
}

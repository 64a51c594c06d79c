package org.thrivemis.demo.internal;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.screening.ScreeningService;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.StaffDirectory;

/**
 * Seeds the sample school's Thrive data once, in the background after start-up (the framework's
 * STARTED event), when the framework
 * property {@value #ENABLED} is {@code true}; otherwise does nothing. Only into a Thrive database
 * without consent recorded yet, so a restart adds nothing. The services are optional references so
 * that a missing one is reported (after {@value #WAIT_SECONDS} s) instead of the component silently
 * never starting; seeding never fails the start.
 */
@Component(immediate = true)
public final class DemoData {
    /** Framework (or system) property that turns the demo data on. */
    static final String ENABLED = "thrive.demo";
    /** Framework (or system) property: the seed of the demo data (default {@value #DEFAULT_SEED}). */
    static final String SEED = "thrive.demo.seed";
    static final long DEFAULT_SEED = 20260901L;
    static final int WAIT_SECONDS = 120;
    private static final ZoneId SCHOOL_ZONE = ZoneId.of("Europe/London");
    private static final System.Logger LOG = System.getLogger(DemoData.class.getName());

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ConsentService consents;
    /** A host serving a trust: the demo seeds the demo accounts' own school only. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchoolDirectory schools;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AssessmentService assessments;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActionPlanService plans;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ScreeningService screening;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContentPackService packs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile RoleMapping roles;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile PupilDirectory pupils;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ClassDirectory classes;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile StaffDirectory staff;
    /** The host's "today" when it fixes one (demo date); the system clock otherwise. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Clock clock;

    private volatile Thread worker;
    private volatile BundleContext context;
    private volatile FrameworkListener starting;
    private boolean started;

    @Activate
    void activate(BundleContext context) {
        String enabled = context.getProperty(ENABLED);
        if (enabled == null || !enabled.strip().equalsIgnoreCase("true")) {
            LOG.log(Level.INFO, "Thrive demo data: off (start with -D" + ENABLED + "=true to seed the sample school)");
            return;
        }
        long seed = seed(context.getProperty(SEED));
        this.context = context;
        // after start-up: once the framework has started every bundle, so the host's first page comes first
        starting = event -> {
            if (event.getType() == FrameworkEvent.STARTED) {
                startWorker(seed);
            }
        };
        context.addFrameworkListener(starting);
        if (context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).getState() == Bundle.ACTIVE) {
            startWorker(seed); // installed or restarted into a running framework
        }
    }

    private synchronized void startWorker(long seed) {
        if (started) {
            return;
        }
        started = true;
        Thread t = new Thread(() -> run(seed), "thrive-demo-data");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        worker = t;
        t.start();
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        FrameworkListener listener = starting;
        if (listener != null) {
            context.removeFrameworkListener(listener);
        }
        synchronized (this) {
            started = true; // a late STARTED event starts nothing
        }
        Thread t = worker;
        worker = null;
        if (t != null) {
            t.interrupt();
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
    }

    private void run(long seed) {
        long t0 = System.nanoTime();
        DemoServices services;
        try {
            services = awaitServices();
        } catch (InterruptedException e) {
            return; // stopped before the services came
        }
        if (services == null) {
            return;
        }
        long t1 = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
        try {
            LocalDate today = today();
            LOG.log(Level.INFO, "Thrive demo data: on (seed " + seed + ", today " + today + "); seeding the sample"
                    + " school in the background unless the Thrive database already holds data");
            Seeder.Outcome outcome = new Seeder(services, seed, today, () -> worker != Thread.currentThread()).run();
            double seconds = (System.nanoTime() - t1) / 1e9;
            // CPU time of this thread (the embedded database works on it too): the work, whatever the machine's load
            String cpu = cpu0 < 0 ? "" : String.format(Locale.UK, ", %.1f s CPU", (threads.getCurrentThreadCpuTime() - cpu0) / 1e9);
            if (outcome.seeded()) {
                LOG.log(Level.INFO, String.format(Locale.UK, "Thrive demo data: seeded in %.1f s (%.1f s since the demo"
                        + " bundle started%s): %s. This is demo data: for an empty school start without -D%s=true with"
                        + " a new data directory.", seconds, (System.nanoTime() - t0) / 1e9, cpu, outcome.summary(),
                        ENABLED));
            } else {
                LOG.log(Level.INFO, String.format(Locale.UK, "Thrive demo data: %s (%.1f s)",
                        outcome.summary(), seconds));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Thrive demo data: seeding stopped after " + String.format(Locale.UK, "%.1f s",
                    (System.nanoTime() - t0) / 1e9) + "; the product runs on without the rest of it: " + e, e);
        }
    }

    /** The services once all are there; null (after a warning naming those missing) after the wait. */
    private DemoServices awaitServices() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            List<String> missing = new ArrayList<>();
            ConsentService c = note(consents, "ConsentService", missing);
            AssessmentService a = note(assessments, "AssessmentService", missing);
            ActionPlanService p = note(plans, "ActionPlanService", missing);
            ScreeningService s = note(screening, "ScreeningService", missing);
            ContentPackService cp = note(packs, "ContentPackService", missing);
            RoleMapping r = note(roles, "RoleMapping", missing);
            PupilDirectory pd = note(pupils, "PupilDirectory", missing);
            ClassDirectory cd = note(classes, "ClassDirectory", missing);
            StaffDirectory sd = note(staff, "StaffDirectory", missing);
            if (missing.isEmpty()) {
                return new DemoServices(c, a, p, s, cp, r, pd, cd, sd, Optional.ofNullable(schools));
            }
            if (System.nanoTime() > deadline) {
                LOG.log(Level.WARNING, "Thrive demo data: not seeded: no " + String.join(", ", missing) + " service after "
                        + WAIT_SECONDS + " s. Check that the Thrive bundles and the host are installed and active"
                        + " (Admin → Plugins).");
                return null;
            }
            Thread.sleep(200);
        }
    }

    private static <T> T note(T service, String name, List<String> missing) {
        if (service == null) {
            missing.add(name);
        }
        return service;
    }

    /**
     * The school's today from the product's Clock; never after the system's today, because the domain
     * refuses dates in the future by the system clock.
     */
    private LocalDate today() {
        Clock c = clock;
        LocalDate school = LocalDate.now(c != null ? c.withZone(SCHOOL_ZONE) : Clock.system(SCHOOL_ZONE));
        LocalDate system = LocalDate.now();
        return school.isAfter(system) ? system : school;
    }

    private static long seed(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_SEED;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            LOG.log(Level.WARNING, "Thrive demo data: framework property " + SEED + "=" + value + " is not a whole"
                    + " number; using the default seed " + DEFAULT_SEED);
            return DEFAULT_SEED;
        }
    }
}

package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.wiring.FrameworkWiring;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.PupilDirectory;

/**
 * An admin removes the plugin: every Thrive bundle uninstalled, the host's pages and its own tabs
 * keep working. Installing the same bundles again brings the Thrive tab back with the data intact.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RemoveAndReinstallIT {
    /** The host's bundles: they stay. Everything else of ours is the plugin. */
    private static final Set<String> HOST = Set.of("org.thrivemis.mis.api", "org.thrivemis.host.reference");

    @Inject
    private BundleContext context;
    @Inject
    private PupilDirectory pupils;
    @Inject
    private ClassDirectory classes;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(), Settings.workDir("remove-it-data-" + System.nanoTime()).toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    @Test
    public void theHostWorksWithoutThePluginAndAReinstallKeepsTheData() throws Exception {
        // Through HTTP only: the test itself must not be wired to the bundles it uninstalls.
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        String pupilId = pupils.all().get(3).id();
        String person = "Reinstall parent " + UUID.randomUUID();
        WebSession office = new WebSession(base()).signIn("office");
        office.get("/pupils/" + pupilId + "?tab=thrive-profile");
        assertEquals(201, office.postJson("/api/v1/pupils/" + pupilId + "/consents",
                "{\"decision\":\"GIVEN\",\"scopes\":[\"INDIVIDUAL_ASSESSMENT\"],\"personName\":\"" + person
                        + "\",\"relationship\":\"CARER\",\"decidedOn\":\"" + LocalDate.now().minusDays(2) + "\"}").statusCode());

        List<String> plugin = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String name = b.getSymbolicName();
            if (name != null && name.startsWith("org.thrivemis.") && !HOST.contains(name)) {
                plugin.add(name);
                b.uninstall();
            }
        }
        assertTrue("the plugin had bundles to remove: " + plugin, plugin.contains("org.thrivemis.web"));
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(null);

        Await.until("health to report only the host", Duration.ofSeconds(30),
                () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        String record = office.get("/pupils/" + pupilId).body();
        assertTrue("host's own details tab", record.contains("data-tab-id=\"details\""));
        assertFalse("no Thrive tab without the plugin", record.contains("data-tab-id=\"thrive-profile\""));
        assertEquals(200, office.get("/pupils/" + pupilId + "?tab=attendance").statusCode());
        assertEquals(200, office.get("/classes/" + classes.classes().get(0).id()).statusCode());

        List<Bundle> installed = new ArrayList<>();
        for (String name : FelixProduct.OUR_BUNDLES) {
            if (!HOST.contains(name)) {
                installed.add(context.installBundle(Settings.bundleJar(name).toUri().toString()));
            }
        }
        for (Bundle b : installed) {
            b.start();
        }
        Await.until("the Thrive tab to come back", Duration.ofSeconds(30),
                () -> office.get("/pupils/" + pupilId).body().contains("data-tab-id=\"thrive-profile\""));
        assertTrue("consent recorded before the removal is still there",
                office.get("/api/v1/pupils/" + pupilId + "/consents").body().contains(person));
        assertTrue(Arrays.stream(context.getBundles()).filter(b -> plugin.contains(b.getSymbolicName()))
                .allMatch(b -> b.getState() == Bundle.ACTIVE));
    }
}

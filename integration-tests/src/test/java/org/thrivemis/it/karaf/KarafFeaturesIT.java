package org.thrivemis.it.karaf;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.mis.api.PupilDirectory;

/**
 * Our features repository installs the whole product into a stock Apache Karaf 4.4 downloaded
 * from Maven Central: every bundle active, the host serves pages with our tab.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafFeaturesIT {

    @Inject
    private BundleContext context;
    @Inject
    private PupilDirectory pupils;

    @Configuration
    public Option[] configuration() {
        String featuresXml = System.getProperty("thrivemis.features.xml");
        Path work = Path.of(System.getProperty("thrivemis.work.dir"), "karaf");
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(maven("org.apache.karaf", "apache-karaf").versionAsInProject().type("tar.gz"))
                    .unpackDirectory(work.resolve("unpack").toFile()).useDeployFolder(false),
            configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("org.ops4j.pax.url.mvn.localRepository")),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.repositories",
                    "https://repo1.maven.org/maven2@id=central"),
            editConfigurationFilePut("etc/system.properties", "org.osgi.service.http.port", String.valueOf(Ports.free())),
            editConfigurationFilePut("etc/system.properties", "org.apache.felix.http.host", "127.0.0.1"),
            editConfigurationFilePut("etc/system.properties", "thrive.data.dir", work.resolve("data").toString()),
            features(new File(featuresXml).toURI().toString(), "thrivemis-demo"),
        };
    }

    @Test
    public void theDemoFeatureInstallsEveryBundleAndTheHostServesOurTab() {
        String[] ours = {"org.thrivemis.mis.api", "org.thrivemis.host.reference", "org.thrivemis.api",
            "org.thrivemis.store", "org.thrivemis.core", "org.thrivemis.web"};
        for (String name : ours) {
            Bundle b = Arrays.stream(context.getBundles()).filter(x -> name.equals(x.getSymbolicName())).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " not installed by the feature"));
            Await.until(name + " active", Duration.ofSeconds(30), () -> b.getState() == Bundle.ACTIVE);
        }
        String base = "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
        Await.until("health UP", Duration.ofSeconds(60), () -> new WebSession(base).get("/system/health").statusCode() == 200);
        assertTrue(new WebSession(base).get("/system/health").body().contains("\"status\":\"UP\""));
        WebSession office = new WebSession(base).signIn("office");
        String page = office.get("/pupils/" + pupils.all().get(0).id()).body();
        assertTrue("our tab on the host's pupil record", page.contains("data-tab-id=\"thrive-profile\""));
        assertEquals(200, office.get("/pupils/" + pupils.all().get(0).id() + "?tab=thrive-profile").statusCode());
    }
}

package org.thrivemis.it.karaf;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.features;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Optional;
import java.util.Set;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.ConfigurationAdmin;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterSync;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.RestProvider;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;

/**
 * The {@code thrivemis-oneroster-rest} feature installs next to {@code thrivemis-demo} in a stock
 * Karaf 4.4: the REST whiteboard's ClientBuilder service comes up, and a source configured through
 * ConfigAdmin syncs the loopback test provider (running in the test driver) over OAuth 2.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class KarafOneRosterRestIT {
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));

    @Inject
    private RosterSync sync;
    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] configuration() throws Exception {
        String featuresXml = System.getProperty("thrivemis.features.xml");
        Path work = Files.createTempDirectory(Files.createDirectories(
                Path.of(System.getProperty("thrivemis.work.dir"), "karaf-rest")), "run");
        // the provider runs in this (driver) JVM; Karaf is another process, so its address goes in a file
        String origin = RestProvider.start();
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
            editConfigurationFilePut("etc/system.properties", RestProvider.ORIGIN, origin),
            features(new File(featuresXml).toURI().toString(), "thrivemis-demo", "thrivemis-oneroster-rest"),
        };
    }

    @Test
    public void anOAuth2SourceSyncsThroughTheFeature() throws Exception {
        String origin = System.getProperty(RestProvider.ORIGIN);
        org.osgi.service.cm.Configuration config = configAdmin.getFactoryConfiguration("org.thrivemis.roster.rest",
                "karaf", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("roster.source.id", "karaf-rest");
        props.put("baseUrl", origin + OneRosterTestServer.V12);
        props.put("version", "1.2");
        props.put("auth", "OAUTH2_CLIENT_CREDENTIALS");
        props.put("tokenUrl", origin + OneRosterTestServer.TOKEN_PATH);
        props.put("clientId", OneRosterTestServer.CLIENT_ID);
        props.put(".clientSecret", OneRosterTestServer.CLIENT_SECRET);
        config.update(props);
        Await.until("the REST source to be registered (needs the ClientBuilder service)", Duration.ofSeconds(60),
                () -> sync.sources(OFFICE).stream().anyMatch(s -> s.id().equals("karaf-rest")));

        SyncReport report = sync.run(OFFICE, "karaf-rest", Optional.empty());
        assertEquals(report.issues().toString(), SyncStatus.APPLIED, report.status());
        assertEquals(2, report.of(RosterEntity.SCHOOL).added());
        assertEquals(6, report.of(RosterEntity.CLASS).added());
        config.delete();
    }
}

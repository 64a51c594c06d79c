package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
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
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.ConfigurationAdmin;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterSource;
import org.thrivemis.api.roster.RosterSync;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.RestProvider;
import org.thrivemis.it.support.Settings;
import org.thrivemis.roster.rest.testserver.OneRosterTestServer;

/**
 * OneRoster REST sources configured through ConfigAdmin (factory PID {@code org.thrivemis.roster.rest})
 * in a real Felix read the loopback test provider through the REST whiteboard's ClientBuilder
 * service and sync into the real store; secrets stay out of service properties and reports.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestRosterSyncIT {
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));

    @Inject
    private RosterSync sync;
    @Inject
    private ConfigurationAdmin configAdmin;
    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() throws Exception {
        // a fresh database each run, so the counts below are a first sync's
        String data = Files.createTempDirectory(Settings.workDir("rest-roster-it"), "data").toString();
        return new Option[] {FelixProduct.options(Ports.free(), data), RestProvider.options()};
    }

    private org.osgi.service.cm.Configuration configure(String name, Dictionary<String, Object> props) throws Exception {
        org.osgi.service.cm.Configuration config = configAdmin.getFactoryConfiguration("org.thrivemis.roster.rest",
                name, "?");
        config.update(props);
        String id = (String) props.get("roster.source.id");
        Await.until("REST source " + id + " to be registered", Duration.ofSeconds(30),
                () -> sync.sources(OFFICE).stream().anyMatch(s -> s.id().equals(id)));
        return config;
    }

    @Test
    public void anOAuth1SourceReadsTheProviderAndSyncs() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("roster.source.id", "it-rest-11");
        props.put("roster.source.label", "IT OneRoster 1.1");
        props.put("baseUrl", System.getProperty(RestProvider.ORIGIN) + OneRosterTestServer.V11);
        props.put("version", "1.1");
        props.put("auth", "OAUTH1_HMAC_SHA256");
        props.put("consumerKey", OneRosterTestServer.CONSUMER_KEY);
        props.put(".consumerSecret", OneRosterTestServer.CONSUMER_SECRET);
        props.put("pageSize", 25);
        org.osgi.service.cm.Configuration config = configure("it11", props);

        ServiceReference<?> ref = context.getServiceReferences(RosterSource.class, "(roster.source.id=it-rest-11)")
                .iterator().next();
        assertEquals("oneroster-rest", ref.getProperty(RosterSource.KIND));
        for (String key : ref.getPropertyKeys()) {
            assertFalse("no secret among service properties: " + key, key.toLowerCase().contains("secret")
                    || String.valueOf(ref.getProperty(key)).contains(OneRosterTestServer.CONSUMER_SECRET));
        }

        SyncReport report = sync.run(OFFICE, "it-rest-11", Optional.empty());
        assertEquals(report.issues().toString(), SyncStatus.APPLIED, report.status());
        assertEquals(new EntityCounts(2, 0, 0), report.of(RosterEntity.SCHOOL));
        assertEquals(new EntityCounts(6, 0, 0), report.of(RosterEntity.CLASS));
        assertEquals(Long.getLong(RestProvider.PUPILS).intValue(), report.of(RosterEntity.PUPIL).added());
        assertEquals(Long.getLong(RestProvider.STAFF).intValue(), report.of(RosterEntity.STAFF).added());
        assertEquals(Long.getLong(RestProvider.ENROLLMENTS).intValue(), report.of(RosterEntity.ENROLLMENT).added());

        SyncReport again = sync.run(OFFICE, "it-rest-11", Optional.empty());
        assertEquals(again.issues().toString(), SyncStatus.APPLIED, again.status());
        assertEquals("the second sync (a delta: nothing changed at the provider) changes nothing", EntityCounts.NONE, again.of(RosterEntity.PUPIL));
        config.delete();
    }

    @Test
    public void refusedOAuth2CredentialsFailTheRunWithoutLeakingTheSecret() throws Exception {
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("roster.source.id", "it-rest-12");
        props.put("baseUrl", System.getProperty(RestProvider.ORIGIN) + OneRosterTestServer.V12);
        props.put("version", "1.2");
        props.put("auth", "OAUTH2_CLIENT_CREDENTIALS");
        props.put("tokenUrl", System.getProperty(RestProvider.ORIGIN) + OneRosterTestServer.TOKEN_PATH);
        props.put("clientId", OneRosterTestServer.CLIENT_ID);
        props.put(".clientSecret", "it-wrong-secret");
        org.osgi.service.cm.Configuration config = configure("it12", props);

        SyncReport report = sync.run(OFFICE, "it-rest-12", Optional.empty());
        assertEquals(SyncStatus.FAILED, report.status());
        String text = report.issues().toString();
        assertTrue(text, text.contains(OneRosterTestServer.TOKEN_PATH) && text.contains("HTTP 401"));
        assertFalse(text, text.contains("it-wrong-secret"));
        config.delete();
    }
}

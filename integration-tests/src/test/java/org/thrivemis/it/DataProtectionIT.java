package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
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
import org.osgi.util.tracker.ServiceTracker;
import org.osgi.service.cm.ConfigurationAdmin;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.dataprotection.DataProtectionService;
import org.thrivemis.api.dataprotection.ErasureGround;
import org.thrivemis.api.dataprotection.ErasureReport;
import org.thrivemis.api.dataprotection.ErasureRequest;
import org.thrivemis.api.dataprotection.Requester;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionPlan;
import org.thrivemis.api.dataprotection.RetentionResult;
import org.thrivemis.api.dataprotection.SubjectAccessRecord;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.store.RosterChanges;
import org.thrivemis.api.store.RosterChanges.Changes;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;

/**
 * Subject access, erasure and the retention policy through the real services in a real Felix, on
 * the real store: an export holds what was recorded and who saw it; an erasure leaves one audit
 * entry under a token and nothing under the pupil; a retention policy configured through
 * ConfigAdmin lists and then erases a pupil who left years ago, and nobody else.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DataProtectionIT {
    private static final Actor ADMIN = new Actor("it-admin", "Integration test (admin)", Set.of(ThriveRole.ADMIN));
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));

    @Inject
    private BundleContext context;
    @Inject
    private ThriveStore store;
    @Inject
    private PupilDirectory pupils;
    @Inject
    private AuditLog auditLog;
    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("dataprotection-it-data-" + System.nanoTime()).toString())};
    }

    @Test
    public void anExportHoldsTheRecordAndAnErasureLeavesOneTokenEntryAndNothingElse() {
        Pupil pupil = pupils.all().get(0);
        consent(pupil.id(), LocalDate.now().minusDays(3));
        DataProtectionService service = service();

        SubjectAccessRecord before = service.subjectAccess(ADMIN, pupil.id());
        assertEquals(1, before.consents().size());
        assertEquals("Pat Parent", before.consents().get(0).personName());

        ErasureReport report = service.erase(ADMIN, pupil.id(), new ErasureRequest("DPO-IT-1", Requester.PARENT_OR_CARER,
                ErasureGround.CONSENT_WITHDRAWN, LocalDate.now()));

        assertEquals(Integer.valueOf(1), report.rowsByTable().get("consent_record"));
        SubjectAccessRecord after = service.subjectAccess(ADMIN, pupil.id());
        assertEquals(List.of(), after.consents());
        assertEquals("the earlier export's audit entry is no longer about the pupil", List.of(), after.accesses());
        List<AuditEntry> erasures = auditLog.search(ADMIN, new AuditQuery(Optional.empty(), Optional.empty(),
                Optional.of("dataprotection.erase"), Optional.empty(), Optional.empty(), 10));
        assertEquals(1, erasures.size());
        AuditEntry erasure = erasures.get(0);
        assertEquals(report.token(), erasure.pupilId());
        assertTrue(erasure.detail(), erasure.detail().startsWith("erasure under request DPO-IT-1"));
        assertFalse(erasure.detail().contains(pupil.id()) || erasure.detail().contains(pupil.familyName()));
        List<AuditEntry> underToken = auditLog.search(ADMIN, AuditQuery.forPupil(report.token(), 10));
        assertEquals("the first export and the erasure", 2, underToken.size());
    }

    @Test
    public void officeStaffCannotExportAndTheRefusalIsAudited() {
        Pupil pupil = pupils.all().get(1);
        try {
            service().subjectAccess(OFFICE, pupil.id());
            throw new AssertionError("office staff exported a record");
        } catch (org.thrivemis.api.AccessDeniedException expected) {
            List<AuditEntry> entries = auditLog.search(ADMIN, AuditQuery.forPupil(pupil.id(), 10));
            assertEquals(AuditOutcome.DENIED, entries.get(0).outcome());
            assertEquals("dataprotection.subject-access", entries.get(0).action());
        }
    }

    @Test
    public void aRetentionPolicyConfiguredThroughConfigAdminErasesOnlyPupilsWhoLeftLongEnoughAgo() throws Exception {
        Instant longAgo = Instant.parse("2015-07-22T15:00:00Z");
        roster("it-retention", "IT-LEFT-2015", "Lena", "Longgone", longAgo);
        roster("it-retention", "IT-LEFT-RECENT", "Rita", "Recent", Instant.now().minusSeconds(86_400));
        consent("IT-LEFT-2015", LocalDate.of(2015, 3, 2));
        consent("IT-LEFT-RECENT", LocalDate.now().minusDays(30));
        org.osgi.service.cm.Configuration config = configAdmin.getConfiguration(
                "org.thrivemis.dataprotection.retention", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("years", 5);
        props.put("action", "ERASE");
        config.update(props);
        Await.until("the retention policy to be ERASE", Duration.ofSeconds(20),
                () -> service().retentionPlan(ADMIN).action() == RetentionAction.ERASE);

        RetentionPlan dryRun = service().retentionPlan(ADMIN);
        assertEquals(List.of("IT-LEFT-2015"), dryRun.pupils().stream().map(p -> p.pupilId()).toList());
        assertEquals("Lena Longgone", dryRun.pupils().get(0).name());
        assertEquals("a dry run changes nothing", 1, consents("IT-LEFT-2015"));

        RetentionResult result = service().applyRetention(ADMIN);

        assertEquals(1, result.reports().size());
        assertEquals(0, consents("IT-LEFT-2015"));
        assertEquals(1, consents("IT-LEFT-RECENT"));
        assertEquals(List.of(), service().retentionPlan(ADMIN).pupils());
        config.delete();
    }

    @Test
    public void aRetentionRunStartedInTheBackgroundCountsEveryPupilToTheEnd() throws Exception {
        Instant longAgo = Instant.parse("2014-07-22T15:00:00Z");
        for (int i = 1; i <= 3; i++) {
            roster("it-retention-bg", "IT-GONE-" + i, "Gina" + i, "Gone", longAgo);
            consent("IT-GONE-" + i, LocalDate.of(2014, 3, 2));
        }
        org.osgi.service.cm.Configuration config = configAdmin.getConfiguration(
                "org.thrivemis.dataprotection.retention", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("years", 5);
        props.put("action", "ARCHIVE");
        config.update(props);
        Await.until("the retention policy to be ARCHIVE", Duration.ofSeconds(20),
                () -> service().retentionPlan(ADMIN).action() == RetentionAction.ARCHIVE);
        DataProtectionService service = service();
        int due = service.retentionPlan(ADMIN).pupils().size();
        assertTrue("the three pupils who left in 2014 are due: " + due, due >= 3);

        org.thrivemis.api.dataprotection.RetentionProgress started = service.startRetention(ADMIN);
        assertEquals(due, started.total());
        Await.until("the background run to end", Duration.ofSeconds(30),
                () -> !service.retentionProgress(ADMIN).orElseThrow().running());

        org.thrivemis.api.dataprotection.RetentionProgress end = service.retentionProgress(ADMIN).orElseThrow();
        assertEquals(due, end.done());
        assertEquals(100, end.percent());
        assertEquals(java.util.Optional.empty(), end.failure());
        for (int i = 1; i <= 3; i++) {
            assertEquals("archived with the run", 0, consents("IT-GONE-" + i));
        }
        assertEquals(List.of(), service.retentionPlan(ADMIN).pupils());
        config.delete();
    }

    /**
     * The service as it stands now. A change of the retention configuration re-activates the
     * component, so right after one the service may be briefly away: wait for it rather than race.
     */
    private DataProtectionService service() {
        ServiceTracker<DataProtectionService, DataProtectionService> tracker =
                new ServiceTracker<>(context, DataProtectionService.class, null);
        tracker.open();
        try {
            if (tracker.waitForService(30_000) == null) {
                throw new AssertionError("DataProtectionService was not registered within 30 s");
            }
            // held (never released) by the test, as a client would: DS keeps the component active
            ServiceReference<DataProtectionService> ref = tracker.getServiceReference();
            return context.getService(ref);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            tracker.close();
        }
    }

    private int consents(String pupilId) {
        return store.read(tx -> tx.consents().history(pupilId)).size();
    }

    private void consent(String pupilId, LocalDate on) {
        store.write(tx -> tx.consents().insert(new ConsentRecord(0, pupilId, ConsentDecision.GIVEN,
                Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT), "Pat Parent", Relationship.PARENT, on, "", "it-office",
                "Integration test (office)", Instant.now())));
    }

    /** A roster pupil the source sent once, then archived (the pupil left) at {@code left}. */
    private void roster(String source, String key, String given, String family, Instant left) {
        store.write(tx -> {
            tx.roster().apply(new RosterChanges(source, left.minusSeconds(3600), Changes.none(), Changes.none(),
                    new Changes<>(List.of(new RosterPupil(key, Optional.empty(), given, family, Optional.empty(),
                            List.of("s1"), Origin.NONE)), List.of(), List.of()), Changes.none(), Changes.none()));
            long id = tx.roster().state(source).pupils().stream().filter(r -> r.value().sourceId().equals(key))
                    .findFirst().orElseThrow().id();
            tx.roster().apply(new RosterChanges(source, left, Changes.none(), Changes.none(),
                    new Changes<>(List.of(), List.of(), List.of(id)), Changes.none(), Changes.none()));
            return null;
        });
    }
}

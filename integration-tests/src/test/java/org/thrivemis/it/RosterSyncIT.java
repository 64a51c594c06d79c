package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
import org.osgi.service.cm.ConfigurationAdmin;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.NeedsBaseline;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterSync;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;

/**
 * A OneRoster CSV source configured through ConfigAdmin (a factory configuration, as an admin's
 * .cfg file would make) syncs into the real store in a real Felix, and its joiners appear on the
 * "needs a baseline profile" list.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RosterSyncIT {
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));

    @Inject
    private RosterSync sync;
    @Inject
    private NeedsBaseline needsBaseline;
    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] configuration() {
        // a database of its own each run: the counts asserted are those of a first sync
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("roster-it-data-" + System.nanoTime()).toString())};
    }

    @Test
    public void aCsvSourceConfiguredThroughConfigAdminSyncsAndFlagsJoiners() throws Exception {
        Path dataset = writeDataset(Files.createTempDirectory("roster-it-dataset"));
        org.osgi.service.cm.Configuration config = configAdmin.getFactoryConfiguration("org.thrivemis.roster.csv",
                "it", "?");
        Dictionary<String, Object> props = new Hashtable<>();
        props.put("roster.source.id", "it-csv");
        props.put("roster.source.label", "Integration test export");
        props.put("location", dataset.toString());
        config.update(props);

        Await.until("the configured source to be registered", Duration.ofSeconds(20),
                () -> sync.sources(OFFICE).stream().anyMatch(s -> s.id().equals("it-csv")));
        SyncReport report = sync.run(OFFICE, "it-csv", Optional.empty());

        assertEquals(report.issues().toString(), SyncStatus.APPLIED, report.status());
        assertEquals(new EntityCounts(1, 0, 0), report.of(RosterEntity.SCHOOL));
        assertEquals(new EntityCounts(2, 0, 0), report.of(RosterEntity.PUPIL));
        assertEquals(new EntityCounts(3, 0, 0), report.of(RosterEntity.ENROLLMENT));
        List<String> flagged = needsBaseline.pupils(OFFICE).stream()
                .filter(p -> p.sourceId().equals("it-csv")).map(BaselinePupil::givenName).sorted().toList();
        assertEquals(List.of("Ada", "Ben"), flagged);

        SyncReport again = sync.run(OFFICE, "it-csv", Optional.empty());
        assertEquals(EntityCounts.NONE, again.of(RosterEntity.PUPIL));
        assertTrue(sync.recentRuns(OFFICE, 5).stream().anyMatch(r -> r.runId() == again.runId()));
        config.delete();
    }

    private static Path writeDataset(Path dir) throws Exception {
        write(dir, "manifest.csv", "propertyName,value", "manifest.version,1.0", "oneroster.version,1.1",
                "file.orgs,bulk", "file.users,bulk", "file.classes,bulk", "file.enrollments,bulk");
        write(dir, "orgs.csv", "sourcedId,status,dateLastModified,name,type", "s1,,,IT Primary,school");
        write(dir, "users.csv", "sourcedId,status,dateLastModified,orgSourcedIds,role,givenName,familyName",
                "u1,,,s1,student,Ada,Able", "u2,,,s1,student,Ben,Brook", "t1,,,s1,teacher,Tia,Teach");
        write(dir, "classes.csv", "sourcedId,status,dateLastModified,title,schoolSourcedId", "c1,,,Year 3 IT,s1");
        write(dir, "enrollments.csv", "sourcedId,status,dateLastModified,classSourcedId,userSourcedId,role,beginDate",
                "e1,,,c1,u1,student,2025-09-01", "e2,,,c1,u2,student,2025-09-01", "e3,,,c1,t1,teacher,");
        return dir;
    }

    private static void write(Path dir, String name, String... lines) throws Exception {
        Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }
}

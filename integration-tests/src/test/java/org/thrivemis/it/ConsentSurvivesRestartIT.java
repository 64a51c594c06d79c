package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import javax.inject.Inject;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerMethod;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentRequest;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.mis.api.PupilDirectory;

/**
 * Consent recorded through the service is still there after the framework restarts: each test
 * method runs in a framework of its own (PerMethod) over the same data directory, in name order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerMethod.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ConsentSurvivesRestartIT {
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));

    @Inject
    private ConsentService consents;
    @Inject
    private PupilDirectory pupils;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(), Settings.workDir("restart-it-data").toString())};
    }

    private static Path marker() {
        return Settings.workDir("restart-it").resolve("recorded.txt");
    }

    @Test
    public void a_recordConsentInTheFirstFramework() throws Exception {
        String pupilId = pupils.all().get(7).id();
        String person = "Parent " + UUID.randomUUID();
        ConsentRecord saved = consents.record(OFFICE, pupilId, new ConsentRequest(ConsentDecision.GIVEN,
                Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT), person, Relationship.PARENT, LocalDate.now().minusDays(1), "signed form"));
        assertTrue(saved.id() > 0);
        Files.writeString(marker(), pupilId + "\n" + person, StandardCharsets.UTF_8);
    }

    @Test
    public void b_afterARestartTheConsentIsStillThere() throws Exception {
        String[] lines = Files.readString(marker(), StandardCharsets.UTF_8).split("\n");
        ConsentStatus status = consents.status(OFFICE, lines[0]);
        assertTrue("the record made before the restart is in the history: " + status.history(),
                status.history().stream().anyMatch(r -> r.personName().equals(lines[1])));
        assertEquals(ConsentState.GIVEN, status.states().get(ConsentScope.INDIVIDUAL_ASSESSMENT));
    }
}

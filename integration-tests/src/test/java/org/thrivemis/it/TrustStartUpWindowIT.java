package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
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
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * A trust's host registers its school directory a moment after our bundles, or stops it. With the
 * role mapping's {@code school.directory = required}, in that window neither a school's senior lead
 * nor the trust-wide lead reads any pupil's Thrive data over real HTTP: the JSON API answers 403 with
 * the reason, the early-warning and impact pages 503 with it (rather than an empty list); once the reference host's directory is back, each sees their schools again.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class TrustStartUpWindowIT {
    private static final String ROLES_PID = "org.thrivemis.roles";
    private static final String DIRECTORY = "org.thrivemis.host.reference.internal.school.SampleSchoolDirectory";
    private static final String WAITING = "has not yet said which schools you cover";

    @Inject
    private BundleContext context;
    @Inject
    private ConfigurationAdmin configAdmin;
    @Inject
    private ServiceComponentRuntime scr;
    @Inject
    private PupilDirectory pupils;
    @Inject
    private SchoolDirectory schools;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("trust-start-up-it-data-" + System.nanoTime()).toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    @Test
    public void withoutTheSchoolDirectoryNobodyReadsAPupilAndIsToldWhy() throws Exception {
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        String hawthorn = pupilOf("hawthorn");
        String elmfield = pupilOf("elmfield");
        WebSession senior = new WebSession(base()).signIn("senior");
        WebSession trust = new WebSession(base()).signIn("trust");
        Hashtable<String, Object> required = new Hashtable<>();
        required.put("school.directory", "required");
        configAdmin.getConfiguration(ROLES_PID, "?").update(required);
        ComponentDescriptionDTO directory = directoryComponent();
        try {
            scr.disableComponent(directory).getValue();
            Await.until("the trust-wide lead refused while the host has no school directory", Duration.ofSeconds(30),
                    () -> consents(trust, hawthorn).statusCode() == 403);
            for (String page : new String[] {"/thrive/early-warning", "/thrive/impact"}) {
                HttpResponse<String> waiting = trust.get(page);
                assertEquals(page, 503, waiting.statusCode());
                assertTrue(page + ": " + waiting.body(), waiting.body().contains(WAITING));
            }
            assertTrue("the admin area gives no count meanwhile",
                    senior.get("/admin").body().contains("Waiting for the MIS to say which schools you cover"));
            for (WebSession who : new WebSession[] {senior, trust}) {
                for (String pupil : new String[] {hawthorn, elmfield}) {
                    HttpResponse<String> refused = consents(who, pupil);
                    assertEquals(pupil, 403, refused.statusCode());
                    assertTrue(refused.body(), refused.body().contains(WAITING));
                }
            }
        } finally {
            scr.enableComponent(directory).getValue();
        }
        Await.until("the trust-wide lead reads Elmfield once the directory is back", Duration.ofSeconds(30),
                () -> consents(trust, elmfield).statusCode() == 200);
        assertEquals(200, consents(trust, hawthorn).statusCode());
        assertEquals("Hawthorn's senior lead reads Hawthorn's pupil", 200, consents(senior, hawthorn).statusCode());
        HttpResponse<String> otherSchool = consents(senior, elmfield);
        assertEquals("and is still refused Elmfield's", 403, otherSchool.statusCode());
        assertTrue(otherSchool.body(), otherSchool.body().contains("schools your MIS role covers"));
        assertEquals(200, trust.get("/thrive/early-warning").statusCode());
        assertEquals(200, trust.get("/thrive/impact").statusCode());
        configAdmin.getConfiguration(ROLES_PID, "?").delete();
    }

    private static HttpResponse<String> consents(WebSession who, String pupil) {
        return who.sendJson("GET", "/api/v1/pupils/" + pupil + "/consents", null, Map.of());
    }

    private String pupilOf(String school) {
        return pupils.all().stream().map(Pupil::id)
                .filter(id -> schools.schoolOfPupil(id).equals(Optional.of(school)))
                .findFirst().orElseThrow(() -> new AssertionError("the sample trust has no pupil at " + school));
    }

    private ComponentDescriptionDTO directoryComponent() {
        Bundle host = Arrays.stream(context.getBundles())
                .filter(b -> "org.thrivemis.host.reference".equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError("no reference host bundle"));
        ComponentDescriptionDTO dto = scr.getComponentDescriptionDTO(host, DIRECTORY);
        assertNotNull("the reference host's school directory component " + DIRECTORY, dto);
        return dto;
    }
}

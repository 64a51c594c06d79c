package org.thrivemis.it;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
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
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportService;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.store.ThriveStore;
import org.thrivemis.it.jsonformat.JsonFormatActivator;
import org.thrivemis.it.jsonformat.JsonLinesFormat;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;

/**
 * A third party adds an import format by installing one bundle, built here from {@link JsonLinesFormat}
 * and its activator (a manifest and two classes, written with {@code java.util.jar}: Pax TinyBundles
 * on the test classpath made the Karaf tests' probe never come up, so it is not used): installing it adds the format, an import with it runs through our
 * pipeline into the real store, stopping the bundle removes the format, and an import in progress
 * with it fails cleanly and changes nothing.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ImportFormatBundleIT {
    private static final Actor OFFICE = new Actor("it-office", "Integration test (office)", Set.of(ThriveRole.OFFICE));
    private static final String JAR = "thrivemis.it.jsonformat.jar";

    @Inject
    private ImportService imports;
    @Inject
    private ThriveStore store;
    @Inject
    private PupilDirectory pupils;
    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() throws Exception {
        // built outside the framework, as a third party would build theirs, and installed by the test itself
        Path jar = Settings.workDir("import-format-it-" + System.nanoTime()).resolve("json-lines-format.jar");
        Manifest manifest = new Manifest();
        Attributes headers = manifest.getMainAttributes();
        headers.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        headers.putValue("Bundle-ManifestVersion", "2");
        headers.putValue("Bundle-SymbolicName", "com.example.thrive.jsonlines");
        headers.putValue("Bundle-Version", "1.0.0");
        headers.putValue("Bundle-Activator", JsonFormatActivator.class.getName());
        headers.putValue("Import-Package", "org.osgi.framework,org.thrivemis.api.imports;version=\"[1.0,2)\","
                + "org.thrivemis.api.profile;version=\"[1.0,2)\",org.thrivemis.api.content;version=\"[1.0,2)\"");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            for (Class<?> type : List.of(JsonLinesFormat.class, JsonFormatActivator.class)) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream in = type.getClassLoader().getResourceAsStream(entry)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return new Option[] {FelixProduct.options(Ports.free(),
                Settings.workDir("import-format-it-data-" + System.nanoTime()).toString()),
            systemProperty(JAR).value(jar.toUri().toString())};
    }

    @Test
    public void installingABundleAddsItsFormatAndStoppingItRemovesItAndFailsAnImportInProgress() throws Exception {
        assertFalse(formatIds().contains(JsonLinesFormat.ID));
        assertTrue("our CSV format is there from the start", formatIds().contains("thrive-online-csv"));

        Bundle bundle = context.installBundle(System.getProperty(JAR));
        bundle.start();
        Await.until("the JSON lines format to be offered", Duration.ofSeconds(20),
                () -> formatIds().contains(JsonLinesFormat.ID));

        List<Pupil> onRoll = pupils.all();
        Path small = Files.createTempFile("import-it-", ".jsonl");
        Files.writeString(small, line(onRoll.get(0), 1) + "\n" + line(onRoll.get(1), 1) + "\n");
        ImportRun preview = await(imports.start(OFFICE, small, "small.jsonl", Optional.empty()).id());
        assertEquals(JsonLinesFormat.ID, preview.formatId());
        assertEquals(preview.issues().toString(), new ImportCounts(2, 2, 0, 0, 0, 0), preview.counts());
        imports.commit(OFFICE, preview.id());
        ImportRun done = await(preview.id());
        assertEquals(ImportStatus.COMMITTED, done.status());
        long[] afterFirst = totals();

        // a file large enough that the pipeline has written a chunk (its new profiles in a batch of their own,
        // unseen until the commit's transaction ends) before the format pauses
        Path large = Files.createTempFile("import-it-", ".jsonl");
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 2500; i++) {
            rows.append(line(onRoll.get(i % onRoll.size()), 2 + i / onRoll.size())).append('\n');
        }
        Files.writeString(large, rows);
        ImportRun ready = await(imports.start(OFFICE, large, "large.jsonl", Optional.empty()).id());
        assertEquals(ready.issues().toString(), ImportStatus.READY, ready.status());
        System.setProperty(JsonLinesFormat.PAUSE_AFTER, "2100");
        try {
            imports.commit(OFFICE, ready.id());
            Await.until("the commit to have written its first chunk", Duration.ofSeconds(30),
                    () -> imports.run(OFFICE, ready.id()).counts().rows() >= 2000);
            assertArrayEquals("the chunk written so far is seen by no one while the commit runs", afterFirst,
                    totals());

            bundle.stop();

            assertFalse("stopping the bundle removes the format", formatIds().contains(JsonLinesFormat.ID));
            ImportRun failed = await(ready.id());
            assertEquals(ImportStatus.FAILED, failed.status());
            assertTrue(failed.message().toString(), failed.message().orElse("").contains(
                    "was removed while the file was being read"));
            assertArrayEquals("the chunk written before was rolled back", afterFirst, totals());
        } finally {
            System.clearProperty(JsonLinesFormat.PAUSE_AFTER);
            bundle.uninstall();
        }
    }

    @Test
    public void aCommittedImportShowsOnThePupilsTabsAndReimportingChangesOnlyWhatDiffers() throws Exception {
        String base = "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
        Await.until("health UP", Duration.ofSeconds(30), () -> new WebSession(base).get("/system/health").statusCode()
                == 200);
        Pupil pupil = pupils.all().get(10);
        store.write(tx -> tx.consents().insert(new ConsentRecord(0, pupil.id(), ConsentDecision.GIVEN,
                Set.of(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentScope.ACTION_PLAN), "Pat Parent",
                Relationship.PARENT, LocalDate.now().minusYears(1), "", "it-office", "Integration test (office)",
                Instant.now())));
        LocalDate profiled = LocalDate.now().minusMonths(3);
        LocalDate started = profiled.plusDays(3);
        String baseline = csvProfile(pupil, profiled, "80", "60");
        String plan = String.join(",", "Action plan", "", pupil.id(), pupil.givenName(), pupil.familyName(),
                UK.format(pupil.dateOfBirth()), "", "", "", "", "", "", "", "", "", UK.format(started),
                UK.format(started.plusWeeks(8)), "Active", "\"Doing: tries a new activity with an adult\"");

        ImportRun first = commitCsv(baseline, plan);
        assertEquals(first.issues().toString(), new ImportCounts(2, 2, 0, 0, 0, 0), first.counts());

        WebSession practitioner = new WebSession(base).signIn("practitioner");
        String imported = "Imported from Thrive-Online CSV export on " + LONG.format(LocalDate.now(ZoneOffset.UTC));
        String tab = practitioner.get("/pupils/" + pupil.id() + "?tab=thrive-profile").body();
        assertTrue("the imported profile is in the history: " + tab, tab.contains("id=\"profile-history\"")
                && tab.contains("Baseline profile") && tab.contains(LONG.format(profiled)) && tab.contains(imported));
        assertTrue("the working stage comes from the export's strand results",
                tab.contains("data-working-stage>Being</dd>"));
        String planTab = practitioner.get("/pupils/" + pupil.id() + "?tab=thrive-action-plan").body();
        assertTrue("the imported plan is the current plan: " + planTab, planTab.contains("tries a new activity with"
                + " an adult") && planTab.contains(imported) && planTab.contains(LONG.format(started.plusWeeks(8))));

        ImportRun again = commitCsv(baseline, plan);
        assertEquals("re-importing changes nothing", new ImportCounts(2, 0, 0, 2, 0, 0), again.counts());
        assertEquals(tab.replaceAll("(?s)<input type=\"hidden\" name=\"[^\"]*csrf[^>]*>", ""),
                practitioner.get("/pupils/" + pupil.id() + "?tab=thrive-profile").body()
                        .replaceAll("(?s)<input type=\"hidden\" name=\"[^\"]*csrf[^>]*>", ""));

        ImportRun updated = commitCsv(csvProfile(pupil, profiled, "100", "60"), plan);
        assertEquals("an updated export changes only the profile that differs", new ImportCounts(2, 0, 1, 1, 0, 0),
                updated.counts());
        String after = practitioner.get("/pupils/" + pupil.id() + "?tab=thrive-profile").body();
        assertTrue("the same profile, now secure in Being: " + after, after.contains("data-working-stage>Doing</dd>"));
        assertEquals("still one baseline in the history", 2, after.split("Baseline profile<br>").length);
    }

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static String csvProfile(Pupil pupil, LocalDate on, String being, String doing) {
        return String.join(",", "Profile", "", pupil.id(), pupil.givenName(), pupil.familyName(),
                UK.format(pupil.dateOfBirth()), UK.format(on), "Baseline", being, doing, "", "", "", "", "", "", "", "",
                "");
    }

    private ImportRun commitCsv(String... rows) throws Exception {
        Path file = Files.createTempFile("import-it-", ".csv");
        Files.writeString(file, "Record type,UPN,MIS ID,Forename,Surname,Date of birth,Profile date,Profile type,"
                + "Being,Doing,Thinking,Power and identity,Skills and structure,Interdependence,Statements,Plan start,"
                + "Review date,Plan status,Targets\r\n" + String.join("\r\n", rows) + "\r\n");
        ImportRun preview = await(imports.start(OFFICE, file, "export.csv", Optional.of("thrive-online-csv")).id());
        assertEquals(preview.issues().toString(), ImportStatus.READY, preview.status());
        imports.commit(OFFICE, preview.id());
        ImportRun done = await(preview.id());
        assertEquals(done.message().orElse(""), ImportStatus.COMMITTED, done.status());
        assertEquals("the preview said exactly what the commit did", preview.counts(), done.counts());
        return done;
    }

    private static String line(Pupil pupil, int daysAgo) {
        return "{\"misId\":\"" + pupil.id() + "\",\"date\":\"" + LocalDate.now().minusDays(daysAgo)
                + "\",\"kind\":\"GROUP\",\"being\":" + (daysAgo % 100) + "}";
    }

    private List<String> formatIds() {
        return imports.formats().stream().map(f -> f.id()).toList();
    }

    private long[] totals() {
        return store.read(tx -> tx.imports().totals());
    }

    private ImportRun await(long runId) {
        Await.until("import run " + runId + " to finish its step", Duration.ofSeconds(60),
                () -> !imports.run(OFFICE, runId).status().working());
        return imports.run(OFFICE, runId);
    }
}

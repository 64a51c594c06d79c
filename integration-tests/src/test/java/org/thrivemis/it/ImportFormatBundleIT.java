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
import java.time.LocalDate;
import java.util.List;
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

        // a file large enough that the pipeline has written a chunk in its transaction before the format pauses
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

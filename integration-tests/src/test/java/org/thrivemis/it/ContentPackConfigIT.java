package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import javax.inject.Inject;
import org.junit.After;
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
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;

/**
 * The content pack in a real Felix: the sample pack until one is configured; a licensed pack file
 * set through ConfigAdmin (PID {@code org.thrivemis.content}) is used; a malformed one is refused
 * with its JSON paths and the pack in force stays.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ContentPackConfigIT {
    private static final int PORT = Ports.free();
    private static final String PID = "org.thrivemis.content";

    @Inject
    private BundleContext context;
    @Inject
    private ConfigurationAdmin configAdmin;
    @Inject
    private ContentPackService packs;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(PORT, Settings.workDir("content-it-data").toString())};
    }

    @After
    public void removeConfiguration() throws Exception {
        configAdmin.getConfiguration(PID, "?").delete();
        Await.until("the sample pack to be back in force", Duration.ofSeconds(10),
                () -> packs.current().id().equals("thrivemis-sample"));
    }

    @Test
    public void aConfiguredPackIsUsedAndABadOneIsRefusedKeepingIt() throws Exception {
        assertEquals("thrivemis-sample", packs.current().id());
        assertTrue(packs.current().sample());
        Path dir = Files.createTempDirectory("packs");
        String sample = sampleJson();
        Path licensed = Files.writeString(dir.resolve("licensed.json"), sample
                .replace("\"id\": \"thrivemis-sample\"", "\"id\": \"school-licensed\"")
                .replace("\"sample\": true", "\"sample\": false"));
        Path broken = Files.writeString(dir.resolve("broken.json"), sample
                .replace("\"id\": \"thrivemis-sample\"", "\"id\": \"school-broken\"")
                .replace("\"version\": \"1.0.0\"", "\"version\": \"one\"")
                .replace("{ \"id\": \"doing-02\",", "{ \"id\": \"doing-01\","));

        configure(licensed);
        Await.until("the licensed pack to be in force", Duration.ofSeconds(10),
                () -> packs.current().id().equals("school-licensed"));
        assertFalse(packs.current().sample());
        assertEquals(List.of(), packs.lastRefusal());

        configure(broken);
        Await.until("the broken pack to be refused", Duration.ofSeconds(10), () -> !packs.lastRefusal().isEmpty());
        assertEquals("the previous pack stays in force", "school-licensed", packs.current().id());
        List<String> problems = packs.lastRefusal().stream().map(p -> p.field() + ": " + p.message()).toList();
        assertTrue(problems.toString(), problems.contains("$.version: must be three numbers separated by dots, e.g. 1.0.0"));
        assertTrue(problems.toString(), problems.contains("$.strands[1].statements[1].id: duplicate id \"doing-01\""
                + " (also at $.strands[1].statements[0]): give each one its own id"));
    }

    @Test
    public void aMissingFileIsRefusedNamingIt() throws Exception {
        Path missing = Files.createTempDirectory("packs").resolve("not-there.json");

        configure(missing);

        Await.until("the missing file to be refused", Duration.ofSeconds(10), () -> !packs.lastRefusal().isEmpty());
        Problem p = packs.lastRefusal().get(0);
        assertEquals("packFile", p.field());
        assertTrue(p.message(), p.message().startsWith("there is no file " + missing));
        assertEquals("thrivemis-sample", packs.current().id());
    }

    private void configure(Path packFile) throws IOException {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("packFile", packFile.toString());
        configAdmin.getConfiguration(PID, "?").update(properties);
    }

    /** The sample pack as shipped, read from the content bundle itself. */
    private String sampleJson() throws IOException {
        Bundle content = Arrays.stream(context.getBundles())
                .filter(b -> "org.thrivemis.content".equals(b.getSymbolicName())).findFirst()
                .orElseThrow(() -> new AssertionError("org.thrivemis.content is not installed"));
        URL entry = content.getEntry("packs/sample.json");
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

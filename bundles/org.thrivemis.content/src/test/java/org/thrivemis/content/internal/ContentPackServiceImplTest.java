package org.thrivemis.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thrivemis.api.Problem;

/** Which pack is in force as the configuration changes; a refused pack leaves the previous one. */
class ContentPackServiceImplTest {
    @TempDir
    Path dir;

    @Test
    void withoutAFileTheSamplePackIsInForce() {
        ContentPackServiceImpl service = new ContentPackServiceImpl(config(""));

        assertEquals("thrivemis-sample", service.current().id());
        assertEquals(List.of(), service.lastRefusal());
    }

    @Test
    void aValidLicensedPackReplacesTheSample() throws IOException {
        ContentPackServiceImpl service = new ContentPackServiceImpl(config(licensedPack("school-pack", "2.1.0")));

        assertEquals("school-pack", service.current().id());
        assertEquals("2.1.0", service.current().version());
        assertTrue(!service.current().sample());
    }

    @Test
    void aRefusedPackKeepsThePreviousPackAndSaysWhy() throws IOException {
        ContentPackServiceImpl service = new ContentPackServiceImpl(config(licensedPack("school-pack", "2.1.0")));
        ObjectNode broken = PackReaderTest.sampleTree();
        broken.put("version", "two");
        Path bad = Files.write(dir.resolve("bad.json"), PackReaderTest.bytes(broken));

        service.modified(config(bad.toString()));

        assertEquals("school-pack", service.current().id());
        assertEquals(List.of(new Problem("$.version", "two", "must be three numbers separated by dots, e.g. 1.0.0")),
                service.lastRefusal());
    }

    @Test
    void aMissingFileIsRefusedNamingThePath() {
        Path missing = dir.resolve("nowhere.json");
        ContentPackServiceImpl service = new ContentPackServiceImpl(config(missing.toString()));

        assertEquals("thrivemis-sample", service.current().id());
        Problem p = service.lastRefusal().get(0);
        assertEquals("packFile", p.field());
        assertEquals("there is no file " + missing + ": check the path in configuration org.thrivemis.content"
                + " (packFile), or leave it empty for the sample pack", p.message());
    }

    @Test
    void fixingTheFileClearsTheRefusal() throws IOException {
        ContentPackServiceImpl service = new ContentPackServiceImpl(config(dir.resolve("nowhere.json").toString()));

        service.modified(config(licensedPack("fixed", "1.0.1")));

        assertEquals("fixed", service.current().id());
        assertEquals(List.of(), service.lastRefusal());
    }

    @Test
    void packsInForceEarlierAreStillFoundForOlderAssessments() throws IOException {
        ContentPackServiceImpl service = new ContentPackServiceImpl(config(licensedPack("school-pack", "2.1.0")));
        service.modified(config(licensedPack("school-pack-next", "3.0.0")));

        assertEquals("school-pack", service.pack("school-pack", "2.1.0").orElseThrow().id());
        assertEquals("thrivemis-sample", service.pack("thrivemis-sample", "1.0.0").orElseThrow().id());
        assertTrue(service.pack("school-pack", "9.9.9").isEmpty());
    }

    private String licensedPack(String id, String version) throws IOException {
        ObjectNode pack = PackReaderTest.sampleTree();
        pack.put("id", id).put("version", version).put("title", "Licensed pack").put("sample", false);
        return Files.write(dir.resolve(id + ".json"), PackReaderTest.bytes(pack)).toString();
    }

    private static ContentPackConfig config(String packFile) {
        return new ContentPackConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ContentPackConfig.class;
            }

            @Override
            public String packFile() {
                return packFile;
            }
        };
    }
}

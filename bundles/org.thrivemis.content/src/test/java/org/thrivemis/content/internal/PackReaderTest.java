package org.thrivemis.content.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;

/** The sample pack is valid; broken packs are refused with every problem, its JSON path and what to do. */
class PackReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSamplePackIsValidAndLabelledAsSample() {
        ContentPack pack = PackFiles.sample().pack().orElseThrow();

        assertEquals("thrivemis-sample", pack.id());
        assertTrue(pack.sample());
        assertTrue(pack.title().startsWith("Sample content"), pack.title());
        assertEquals(List.of(Strand.values()), pack.strands().stream().map(StrandContent::strand).toList());
        for (StrandContent s : pack.strands()) {
            assertTrue(s.statements().size() >= 4 && s.statements().size() <= 6, s.strand() + " statements");
            assertEquals(2, s.activities().stream().filter(a -> a.setting() == ActivitySetting.SCHOOL).count());
            assertEquals(2, s.activities().stream().filter(a -> a.setting() == ActivitySetting.HOME).count());
        }
        assertEquals(84, pack.strand(Strand.SKILLS_AND_STRUCTURE).expectedAges().fromMonths());
        assertEquals(4, pack.screening().size());
        assertEquals(6, pack.screeningBand(8 * 12).orElseThrow().statements().size());
        assertEquals(Strand.POWER_AND_IDENTITY, pack.ageExpectedStrand(6 * 12));
    }

    @Test
    void aDuplicateStatementIdNamesBothPlaces() {
        assertProblems(pack -> statement(pack, 2, 1).put("id", "thinking-01"),
                "$.strands[2].statements[1].id: duplicate id \"thinking-01\" (also at $.strands[2].statements[0]):"
                        + " give each one its own id");
    }

    @Test
    void screeningStatementsShareTheIdSpaceOfAssessmentStatements() {
        assertProblems(pack -> ((ObjectNode) pack.get("screening").get(1).get("statements").get(0)).put("id", "being-01"),
                "$.screening[1].statements[0].id: duplicate id \"being-01\" (also at $.strands[0].statements[0]):"
                        + " give each one its own id");
    }

    @Test
    void aMissingStrandIsNamed() {
        assertProblems(pack -> ((ArrayNode) pack.get("strands")).remove(5),
                "$.strands: strand INTERDEPENDENCE is missing: add an entry for it (every pack has all six strands:"
                        + " BEING, DOING, THINKING, POWER_AND_IDENTITY, SKILLS_AND_STRUCTURE, INTERDEPENDENCE)");
    }

    @Test
    void anUnknownStrandNameListsTheKnownOnes() {
        assertProblems(pack -> strand(pack, 0).put("strand", "BEEING"),
                "$.strands[0].strand: unknown strand \"BEEING\": use one of BEING, DOING, THINKING,"
                        + " POWER_AND_IDENTITY, SKILLS_AND_STRUCTURE, INTERDEPENDENCE",
                "$.strands: strand BEING is missing: add an entry for it (every pack has all six strands:"
                        + " BEING, DOING, THINKING, POWER_AND_IDENTITY, SKILLS_AND_STRUCTURE, INTERDEPENDENCE)");
    }

    @Test
    void strandsOutOfOrderAreRefused() {
        assertProblems(pack -> {
            ArrayNode strands = (ArrayNode) pack.get("strands");
            JsonNode being = strands.remove(0);
            strands.insert(1, being);
        }, "$.strands[0].strand: strand DOING is out of order: list the strands in this order: BEING, DOING,"
                + " THINKING, POWER_AND_IDENTITY, SKILLS_AND_STRUCTURE, INTERDEPENDENCE",
                "$.strands[1].strand: strand BEING is out of order: list the strands in this order: BEING, DOING,"
                        + " THINKING, POWER_AND_IDENTITY, SKILLS_AND_STRUCTURE, INTERDEPENDENCE");
    }

    @Test
    void anAgeRangeThatEndsBeforeItStarts() {
        assertProblems(pack -> ((ObjectNode) strand(pack, 3).get("expectedAges")).put("toMonths", 36),
                "$.strands[3].expectedAges.toMonths: must be greater than fromMonths (36)");
    }

    @Test
    void monthsMustBeWholeNumbers() {
        assertProblems(pack -> ((ObjectNode) strand(pack, 4).get("expectedAges")).put("fromMonths", "7 years"),
                "$.strands[4].expectedAges.fromMonths: must be a whole number of months, 0 to 300 (e.g. 84 for 7 years)");
    }

    @Test
    void aStatementWithoutText() {
        assertProblems(pack -> statement(pack, 1, 3).remove("text"),
                "$.strands[1].statements[3].text: is missing: add \"text\" as text");
    }

    @Test
    void aBlankStatementText() {
        assertProblems(pack -> statement(pack, 1, 0).put("text", "   "),
                "$.strands[1].statements[0].text: is empty: write the text");
    }

    @Test
    void anUnknownActivitySetting() {
        assertProblems(pack -> ((ObjectNode) strand(pack, 5).get("activities").get(2)).put("setting", "GARDEN"),
                "$.strands[5].activities[2].setting: unknown setting \"GARDEN\": use SCHOOL or HOME");
    }

    @Test
    void overlappingScreeningBands() {
        assertProblems(pack -> ((ObjectNode) pack.get("screening").get(1).get("ages")).put("fromMonths", 55),
                "$.screening[1].ages: overlaps the band at $.screening[0] (48–60 months): each age may fall in one"
                        + " band only; adjust the months");
    }

    @Test
    void aVersionThatIsNotThreeNumbers() {
        assertProblems(pack -> pack.put("version", "1.0"),
                "$.version: must be three numbers separated by dots, e.g. 1.0.0");
    }

    @Test
    void aMisspeltPropertyIsRefusedRatherThanLost() {
        assertProblems(pack -> statement(pack, 0, 0).put("txt", "typo"),
                "$.strands[0].statements[0].txt: unknown property \"txt\": remove it or correct its name (known: id, text)");
    }

    @Test
    void aStrandWithoutStatements() {
        assertProblems(pack -> strand(pack, 2).putArray("statements"),
                "$.strands[2].statements: a strand needs at least one statement: add the statements practitioners"
                        + " assess");
    }

    @Test
    void anIdWithSpacesIsNotAnId() {
        assertProblems(pack -> statement(pack, 0, 2).put("id", "Being 3"),
                "$.strands[0].statements[2].id: \"Being 3\" is not a valid id: use lower-case letters, digits, '.',"
                        + " '_' or '-', starting with a letter or digit, e.g. being-01");
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        assertProblems(pack -> {
            pack.remove("title");
            pack.put("sample", "yes");
            statement(pack, 4, 0).put("id", "skills-02");
        }, "$.title: is missing: add \"title\" as text",
                "$.sample: must be true or false (true only for sample content)",
                "$.strands[4].statements[1].id: duplicate id \"skills-02\" (also at $.strands[4].statements[0]):"
                        + " give each one its own id");
    }

    @Test
    void brokenJsonSaysWhereOnTheLine() {
        PackReading reading = PackReader.read("{\n  \"id\": \"x\",\n  \"version\" \"1.0.0\"\n}".getBytes(StandardCharsets.UTF_8));

        assertEquals(1, reading.problems().size());
        Problem p = reading.problems().get(0);
        assertEquals("$", p.field());
        assertTrue(p.message().startsWith("the file is not valid JSON at line 3, column 13"), p.message());
        assertTrue(p.message().endsWith("correct the JSON syntax there"), p.message());
    }

    @Test
    void aRepeatedKeyInOneObjectIsRefused() {
        PackReading reading = PackReader.read("{\"id\": \"a\", \"id\": \"b\"}".getBytes(StandardCharsets.UTF_8));

        assertTrue(reading.problems().get(0).message().contains("Duplicate field 'id'"), reading.problems().toString());
    }

    @Test
    void anArrayInsteadOfAPack() {
        assertEquals(List.of("$: expected a JSON object (the content pack), found a list"),
                lines(PackReader.read("[1, 2]".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void anEmptyFile() {
        assertEquals(List.of("$: the file is empty: it must hold one JSON object, the content pack"),
                lines(PackReader.read(new byte[0])));
    }

    // ---- helpers

    static ObjectNode sampleTree() {
        try (InputStream in = PackReaderTest.class.getClassLoader().getResourceAsStream(PackFiles.SAMPLE)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static byte[] bytes(JsonNode tree) {
        try {
            return JSON.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static ObjectNode strand(ObjectNode pack, int index) {
        return (ObjectNode) pack.get("strands").get(index);
    }

    private static ObjectNode statement(ObjectNode pack, int strand, int index) {
        return (ObjectNode) strand(pack, strand).get("statements").get(index);
    }

    private static List<String> lines(PackReading reading) {
        assertTrue(reading.pack().isEmpty(), "expected the pack to be refused");
        return reading.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    private static void assertProblems(Consumer<ObjectNode> damage, String... expected) {
        ObjectNode pack = sampleTree();
        damage.accept(pack);
        assertEquals(List.of(expected), lines(PackReader.read(bytes(pack))));
    }
}

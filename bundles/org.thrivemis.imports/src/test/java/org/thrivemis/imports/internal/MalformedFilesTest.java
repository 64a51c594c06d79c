package org.thrivemis.imports.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.imports.internal.ImportFixture.AMIRA_UPN;
import static org.thrivemis.imports.internal.ImportFixture.OFFICE;
import static org.thrivemis.imports.internal.ImportFixture.file;
import static org.thrivemis.imports.internal.ImportFixture.profile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;

/**
 * The corpus of malformed exports under {@code src/test/resources/malformed} (listed with the phrase
 * each report must contain in {@code expected.tsv}): every one is refused with a clear message, cannot
 * be committed, and leaves what earlier imports stored exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedFilesTest {
    @TempDir
    static Path dir;
    ImportFixture school;
    String before;

    @BeforeAll
    void importSomethingFirst() throws Exception {
        school = new ImportFixture(dir);
        // a good import first, so "nothing changed" compares real stored rows, not an empty store
        school.importFile(file(profile(AMIRA_UPN, "", "Amira", "Khan", "04/03/2016", "10/01/2025", "Baseline", "80",
                "60", "40", "")));
        before = school.imported();
    }

    @AfterAll
    void close() throws Exception {
        school.close();
    }

    static Stream<Arguments> corpus() throws IOException {
        List<Arguments> files = new ArrayList<>();
        try (InputStream in = MalformedFilesTest.class.getResourceAsStream("/malformed/expected.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    files.add(Arguments.of(parts[0], parts[1]));
                }
            }
        }
        return files.stream();
    }

    @Test
    void theCorpusHasAtLeastThirtyFiles() throws IOException {
        assertTrue(corpus().count() >= 30);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedWithAClearMessageAndChangesNothing(String name, String phrase) throws Exception {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/malformed/" + name)) {
            content = in.readAllBytes();
        }

        ImportRun run = school.preview(name, content);

        assertEquals(ImportStatus.REFUSED, run.status(), name + ": " + run + ImportFixture.messages(run));
        assertTrue(ImportFixture.messages(run).contains(phrase), name + " should say '" + phrase + "' but says: "
                + ImportFixture.messages(run));
        assertTrue(run.issues().stream().allMatch(i -> !i.message().isBlank()), "every issue says what to do");
        String report = school.report(run.id());
        assertTrue(report.contains(phrase), "the report says it too: " + report);
        assertThrows(ValidationException.class, () -> school.service.commit(OFFICE, run.id()));
        assertArrayEquals(new long[] {1, 0}, school.totals());
        assertEquals(before, school.imported(), name + " changed stored imports");
    }

    @Test
    void aFormulaInTheFileIsQuotedInTheReport() throws Exception {
        byte[] content;
        try (InputStream in = getClass().getResourceAsStream("/malformed/formula-injection.csv")) {
            content = in.readAllBytes();
        }

        String report = school.report(school.preview("formula-injection.csv", content).id());

        assertTrue(report.contains("\"'=cmd|' /C calc'!A0\""), report);
        assertTrue(report.contains("\"'@SUM(1+1)\""), report);
    }
}

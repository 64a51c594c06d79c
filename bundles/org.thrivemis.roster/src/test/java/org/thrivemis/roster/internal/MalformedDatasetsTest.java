package org.thrivemis.roster.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.roster.internal.Fixtures.CLOCK;
import static org.thrivemis.roster.internal.Fixtures.OFFICE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrivemis.api.roster.Severity;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.api.store.RosterState;
import org.thrivemis.roster.internal.csv.TestCsvSources;

/**
 * The corpus of broken OneRoster datasets (src/test/resources/malformed, made by
 * src/test/tools/make_datasets.py): each is the valid trust with one defect. Synced over the
 * trust, each must be refused with an error naming the expected file, line, field and value, and
 * leave every roster row exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedDatasetsTest {
    @TempDir
    static Path dir;

    private TestStore db;
    private RosterSyncImpl sync;
    private RosterState trust;

    @BeforeAll
    void syncTheValidTrust() {
        db = new TestStore(dir.resolve("db"));
        sync = new RosterSyncImpl(new SyncEngine(db.store(), CLOCK), db.store(), CLOCK);
        sync.addSource(TestCsvSources.at(""), Fixtures.props("trust"));
        SyncReport first = sync.run(OFFICE, "trust", Optional.of(Fixtures.resource("datasets/trust-bulk")));
        assertEquals(SyncStatus.APPLIED, first.status(), first.issues().toString());
        trust = db.state("trust");
    }

    @AfterAll
    void stop() throws Exception {
        sync.deactivate();
        db.close();
    }

    static Stream<String> corpus() throws IOException {
        try (Stream<Path> dirs = Files.list(Fixtures.resource("malformed"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @Test
    void theCorpusHasAtLeastThirtyDatasets() throws IOException {
        assertTrue(corpus().count() >= 30, "datasets: " + corpus().count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void isRefusedNamingFileLineFieldAndValueAndChangesNothing(String name) throws IOException {
        Path dataset = Fixtures.resource("malformed/" + name);
        String[] expected = Files.readString(dataset.resolve("expected.txt"), StandardCharsets.UTF_8).strip()
                .split("\\|", -1);

        SyncReport report = sync.run(OFFICE, "trust", Optional.of(dataset));

        assertEquals(SyncStatus.REFUSED, report.status(), name + ": " + report.issues());
        List<SyncIssue> errors = report.issues().stream().filter(i -> i.severity() == Severity.ERROR).toList();
        String listed = errors.stream().map(SyncIssue::toString).collect(Collectors.joining("\n  "));
        assertTrue(errors.stream().anyMatch(e -> matches(e, expected)),
                name + ": expected an error at " + String.join("|", expected) + ", got:\n  " + listed);
        for (SyncIssue e : errors) {
            assertTrue(e.message().length() > 20 && e.message().endsWith("."), "a sentence saying what to do: " + e);
        }
        assertEquals(trust, db.state("trust"), name + " changed the roster");
        assertEquals(SyncStatus.REFUSED, db.store().read(tx -> tx.roster().run(report.runId())).orElseThrow().status(),
                "the refusal is recorded with the run");
    }

    private static boolean matches(SyncIssue e, String[] expected) {
        return e.origin().location().equals(expected[0])
                && e.origin().line() == Long.parseLong(expected[1])
                && e.field().equals(expected[2])
                && (expected[3].equals("*") || e.value().equals(expected[3]));
    }
}

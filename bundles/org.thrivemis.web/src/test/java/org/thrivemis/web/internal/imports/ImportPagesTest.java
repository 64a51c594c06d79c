package org.thrivemis.web.internal.imports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.imports.FormatInfo;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.RowIssue;
import org.thrivemis.api.imports.RowOutcome;
import org.thrivemis.web.internal.Templates;

/** The import pages as rendered: the upload form, a preview ready to import, one with problems, one in progress. */
class ImportPagesTest {
    private static final Instant T = Instant.parse("2026-01-06T08:00:00Z");
    private final Templates templates = new Templates();

    private static ImportRun run(ImportStatus status, ImportCounts counts, List<RowIssue> issues) {
        return new ImportRun(7, "export <1>.csv", "thrive-online-csv", "Thrive-Online CSV export", "Olu Office", T,
                Optional.of(T), status, 50, 100, counts, issues, Optional.empty());
    }

    @Test
    void theUploadFormHasLabelledControlsTheCsrfFieldAndTheInstalledFormats() {
        String html = templates.render("imports/list.jte", new ImportViews.ListView(ImportViews.STYLESHEET,
                "/thrive/admin/imports", "_csrf", "tok-1", List.of(new FormatInfo("json", "JSON lines")),
                List.of(ImportViews.row(run(ImportStatus.COMMITTED, new ImportCounts(3, 3, 0, 0, 0, 0), List.of()),
                        "/thrive/admin/imports")), false, Optional.empty()));

        assertTrue(html.contains("<label class=\"govuk-label govuk-label--s\" for=\"export\">Export file</label>"), html);
        assertTrue(html.contains("<label class=\"govuk-label govuk-label--s\" for=\"format\">Format</label>"));
        assertTrue(html.contains("name=\"_csrf\" value=\"tok-1\""));
        assertTrue(html.contains("<option value=\"json\">JSON lines</option>"));
        assertTrue(html.contains("export &lt;1&gt;.csv"), "file names are escaped");
        assertTrue(html.contains("3 rows: 3 new"));
    }

    @Test
    void aReadyPreviewOffersTheImportButtonAndTheReport() {
        String html = templates.render("imports/run.jte", ImportViews.run(run(ImportStatus.READY,
                new ImportCounts(3, 2, 0, 0, 1, 0), List.of(new RowIssue(4, "", "", "2 pupils are called Sam Lee",
                        RowOutcome.AMBIGUOUS))), "/thrive/admin/imports", "_csrf", "tok-1", Optional.empty()));

        assertTrue(html.contains("Import these records"));
        assertTrue(html.contains("/thrive/admin/imports/7/report.csv"));
        assertTrue(html.contains("Rows that will not be imported"));
        assertTrue(html.contains("2 pupils are called Sam Lee"));
        assertFalse(html.contains("govuk-error-summary"), "skipped rows are not errors");
        assertFalse(html.contains("http-equiv=\"refresh\""));
    }

    @Test
    void aPreviewWithProblemsHasTheErrorSummaryAndNoImportButton() {
        String html = templates.render("imports/run.jte", ImportViews.run(run(ImportStatus.REFUSED,
                new ImportCounts(1, 0, 0, 0, 0, 1), List.of(new RowIssue(2, "Profile date", "2027-01-01",
                        "The profile date is in the future", RowOutcome.INVALID))), "/thrive/admin/imports", "_csrf",
                "tok-1", Optional.empty()));

        assertTrue(html.contains("<title>Error: "));
        assertTrue(html.contains("<a href=\"#problems\">The file has 1 problem."), html);
        assertTrue(html.contains("The profile date is in the future"));
        assertFalse(html.contains("Import these records"));
    }

    @Test
    void aRunInProgressShowsHowFarItHasGotAndRefreshesItself() {
        String html = templates.render("imports/run.jte", ImportViews.run(run(ImportStatus.COMMITTING,
                ImportCounts.NONE, List.of()), "/thrive/admin/imports", "_csrf", "tok-1", Optional.empty()));

        assertTrue(html.contains("http-equiv=\"refresh\" content=\"2\""));
        assertTrue(html.contains("Importing: 50% of the file read"), html);
        assertFalse(html.contains("Download the report"));
    }
}

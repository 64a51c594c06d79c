package org.thrivemis.web.internal.imports;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thrivemis.api.imports.FormatInfo;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;
import org.thrivemis.api.imports.ImportStatus;
import org.thrivemis.api.imports.RowIssue;
import org.thrivemis.api.imports.RowOutcome;

/** What the import pages show, as plain values for the templates (which escape every one). */
public final class ImportViews {
    static final String STYLESHEET = "/assets/govuk-frontend.min.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private ImportViews() {
    }

    /** The import page: upload form, installed formats, latest runs. */
    public record ListView(String stylesheet, String action, String csrfField, String csrf, List<FormatInfo> formats,
            List<RunRow> runs, boolean refresh, Optional<String> error) {
    }

    public record RunRow(long id, String href, String fileName, String format, String status, String tag,
            String startedBy, String started, String counts) {
    }

    /** One run: progress, then its preview or result. */
    public record RunView(String stylesheet, String back, String commitAction, String reportHref, String csrfField,
            String csrf, long id, String fileName, String format, String status, String tag, boolean working,
            boolean committing, int percent, boolean canCommit, boolean preview, List<CountRow> counts,
            List<IssueRow> problems, List<IssueRow> skipped, long problemCount, long skippedCount,
            Optional<String> message, Optional<String> error) {
    }

    public record CountRow(String label, long value) {
    }

    public record IssueRow(String line, String field, String value, String message, String outcome) {
    }

    static RunRow row(ImportRun r, String base) {
        ImportCounts c = r.counts();
        return new RunRow(r.id(), base + "/" + r.id(), r.fileName(), r.formatLabel(), r.status().label(), tag(r.status()),
                r.startedBy(), when(r.startedAt()), c.rows() + " rows: " + c.added() + " new, " + c.changed()
                        + " changed, " + c.unchanged() + " unchanged, " + c.skipped() + " skipped, " + c.problems()
                        + " problems");
    }

    static RunView run(ImportRun r, String base, String csrfField, String csrf, Optional<String> error) {
        ImportCounts c = r.counts();
        boolean preview = r.status() != ImportStatus.COMMITTED;
        List<CountRow> counts = List.of(new CountRow("Rows read", c.rows()),
                new CountRow(preview ? "Would be added" : "Added", c.added()),
                new CountRow(preview ? "Would be changed" : "Changed", c.changed()),
                new CountRow("Unchanged (already imported)", c.unchanged()),
                new CountRow("Skipped (no pupil, more than one pupil, or no consent)", c.skipped()),
                new CountRow("Problems in the file", c.problems()));
        List<IssueRow> problems = r.issues().stream().filter(i -> i.outcome() == RowOutcome.INVALID)
                .map(ImportViews::issue).toList();
        List<IssueRow> skipped = r.issues().stream().filter(i -> i.outcome() != RowOutcome.INVALID)
                .map(ImportViews::issue).toList();
        return new RunView(STYLESHEET, base, base + "/" + r.id() + "/commit", base + "/" + r.id() + "/report.csv",
                csrfField, csrf, r.id(), r.fileName(), r.formatLabel(), r.status().label(), tag(r.status()),
                r.status().working(), r.status() == ImportStatus.COMMITTING, r.percentRead(),
                r.status() == ImportStatus.READY, preview, counts, problems, skipped, c.problems(), c.skipped(),
                r.message(), error);
    }

    private static IssueRow issue(RowIssue i) {
        return new IssueRow(i.line() == 0 ? "whole file" : String.valueOf(i.line()), i.field(), i.value(), i.message(),
                i.outcome().previewLabel());
    }

    /** GOV.UK tag colour for a status. */
    static String tag(ImportStatus s) {
        return switch (s) {
            case PREVIEWING, COMMITTING -> "govuk-tag--blue";
            case READY -> "govuk-tag--turquoise";
            case REFUSED, FAILED -> "govuk-tag--red";
            case COMMITTED -> "govuk-tag--green";
        };
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }
}

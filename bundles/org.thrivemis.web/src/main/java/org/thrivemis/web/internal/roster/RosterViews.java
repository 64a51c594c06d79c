package org.thrivemis.web.internal.roster;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.SourceInfo;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncProgress;
import org.thrivemis.api.roster.SyncReport;

/** What the roster pages show, as plain values for the templates (which escape every one). */
public final class RosterViews {
    /** The GOV.UK Frontend stylesheet the reference host serves (see PlanPagesConfig for the same default). */
    static final String STYLESHEET = "/assets/govuk-frontend.min.css";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.UK);

    private RosterViews() {
    }

    /** The admin page. {@code refresh}: a sync is running, so the page reloads itself. */
    public record AdminView(String stylesheet, String action, String csrfField, String csrf, List<SourceRow> sources,
            List<RunView> runs, boolean refresh, Optional<String> error, Optional<String> notice) {
    }

    public record SourceRow(String id, String label, String kind, Optional<String> progress) {
    }

    public record RunView(long id, String source, String startedBy, String started, String finished, String status,
            List<CountRow> counts, List<IssueRow> issues) {
    }

    public record CountRow(String entity, int added, int changed, int archived) {
    }

    public record IssueRow(String severity, String file, String line, String field, String value, String message) {
    }

    /** The list of pupils who need a baseline profile. */
    public record BaselineView(String stylesheet, List<BaselineRow> pupils, Optional<String> error) {
    }

    public record BaselineRow(String name, String upn, String dateOfBirth, String schools, String flagged) {
    }

    static SourceRow source(SourceInfo s) {
        return new SourceRow(s.id(), s.label(), s.kind(), s.running().map(RosterViews::progress));
    }

    static String progress(SyncProgress p) {
        return p.stage() + " (" + p.recordsRead() + " records read, started " + when(p.startedAt()) + ")";
    }

    static RunView run(SyncReport r) {
        List<CountRow> counts = new ArrayList<>();
        for (RosterEntity e : RosterEntity.values()) {
            EntityCounts c = r.of(e);
            counts.add(new CountRow(capitalised(e.plural()), c.added(), c.changed(), c.archived()));
        }
        List<IssueRow> issues = r.issues().stream().map(RosterViews::issue).toList();
        return new RunView(r.runId(), r.sourceId(), r.startedBy(), when(r.startedAt()),
                r.finishedAt().map(RosterViews::when).orElse("still running"), r.status().label(), counts, issues);
    }

    static IssueRow issue(SyncIssue i) {
        return new IssueRow(i.severity() == org.thrivemis.api.roster.Severity.ERROR ? "Error" : "Warning",
                i.origin().location(), i.origin().line() > 0 ? String.valueOf(i.origin().line()) : "",
                i.field(), i.value(), i.message());
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}

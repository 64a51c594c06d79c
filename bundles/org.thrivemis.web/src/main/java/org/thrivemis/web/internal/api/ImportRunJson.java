package org.thrivemis.web.internal.api;

import java.time.Instant;
import java.util.List;
import org.thrivemis.api.imports.ImportCounts;
import org.thrivemis.api.imports.ImportRun;

/** An import run as the JSON API shows it. */
record ImportRunJson(long id, String fileName, String format, String formatLabel, String status, String statusLabel,
        String startedBy, Instant startedAt, Instant finishedAt, int percentRead, ImportCounts counts,
        List<IssueJson> issues, String message, String report) {

    /** One problem or row to resolve. */
    record IssueJson(long line, String field, String value, String message, String outcome) {
    }

    static ImportRunJson of(ImportRun r) {
        return new ImportRunJson(r.id(), r.fileName(), r.formatId(), r.formatLabel(), r.status().name(),
                r.status().label(), r.startedBy(), r.startedAt(), r.finishedAt().orElse(null), r.percentRead(),
                r.counts(), r.issues().stream().map(i -> new IssueJson(i.line(), i.field(), i.value(), i.message(),
                        i.outcome().name())).toList(), r.message().orElse(null),
                ImportApiServlet.PATH + "/" + r.id() + "/report");
    }
}

package org.thrivemis.web.internal.audit;

import java.util.List;
import java.util.Optional;

/**
 * What the audit search page shows: the search as entered, the problems with it, the entries found.
 *
 * @param stylesheet the host's GOV.UK stylesheet
 * @param pupil the pupil id searched for ("" for any)
 * @param staff the staff id searched for ("" for any)
 * @param from first day, as entered (yyyy-mm-dd, "" for no limit)
 * @param to last day, as entered
 * @param problems what is wrong with the search, field by field
 * @param refusal why the viewer may not search, when they may not
 * @param rows the entries found, newest first
 */
public record AuditView(String stylesheet, String pupil, String staff, String from, String to, List<Problem> problems,
        Optional<String> refusal, List<Row> rows) {

    /** One problem with the search, linked from the error summary to its field. */
    public record Problem(String fieldId, String message) {
    }

    /** One audit entry as shown. */
    public record Row(String when, String who, String action, String pupil, String detail, String outcome,
            boolean denied) {
    }
}

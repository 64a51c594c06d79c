package org.thrivemis.web.internal.dataprotection;

import java.util.List;
import java.util.Optional;
import org.thrivemis.web.internal.tab.ErrorLink;

/** What the Data protection pages show, one record per page. */
public final class DataProtectionViews {
    /** The host's GOV.UK stylesheet. */
    static final String STYLESHEET = "/assets/govuk-frontend.min.css";

    private DataProtectionViews() {
    }

    static String error(List<ErrorLink> errors, String field) {
        return errors.stream().filter(e -> e.href().startsWith("#" + field)).map(ErrorLink::message).findFirst()
                .orElse(null);
    }

    /** A radio button: value, label, whether chosen. */
    public record Choice(String value, String label, boolean checked) {
    }

    /** The pupil the page is about. */
    public record PupilPanel(String id, String name, String upn, boolean onRoll) {
    }

    /** The erasure form as entered; {@code receivedOn} is the date as yyyy-mm-dd once it is a real date. */
    public record ErasureForm(String reference, List<Choice> requesters, List<Choice> grounds, String day, String month,
            String year, String receivedOn) {
    }

    /**
     * The start page: find a pupil; for the pupil found, subject access links and the erasure form.
     *
     * @param refusal why the viewer may not use the page, when they may not
     */
    public record Home(String stylesheet, String csrfField, String csrf, String query, Optional<PupilPanel> pupil,
            ErasureForm form, List<ErrorLink> errors, Optional<String> refusal, Optional<String> notice) {

        /** The message to show beside a field (its summary link starts with {@code #field}), or null. */
        public String error(String field) {
            return DataProtectionViews.error(errors, field);
        }
    }

    /** The confirmation step of an erasure: names the pupil, carries the form, asks for the reference again. */
    public record Confirm(String stylesheet, String csrfField, String csrf, PupilPanel pupil, ErasureForm form,
            String requesterLabel, String groundLabel, List<ErrorLink> errors) {

        /** The message to show beside a field, or null. */
        public String error(String field) {
            return DataProtectionViews.error(errors, field);
        }
    }

    /** One table's row count in an erasure report. */
    public record TableRows(String table, int rows) {
    }

    /** After an erasure: the token and reference the audit keeps, and what was removed. */
    public record Erased(String stylesheet, String reference, String token, int total, List<TableRows> tables) {
    }

    /** A pupil due under the retention policy. */
    public record DueRow(String pupilId, String name, String leftOn) {
    }

    /**
     * The retention page: the dry run, a run in progress (the page then refreshes itself), or what the
     * last run did.
     *
     * @param mayRun whether to offer the run button (admins); the domain checks again
     * @param run the run going now or the last one on this server
     */
    public record Retention(String stylesheet, String csrfField, String csrf, Optional<String> refusal, String action,
            int years, String leftBefore, List<DueRow> due, boolean mayRun, Optional<RunRow> run,
            List<ErrorLink> errors) {
    }

    /**
     * A retention run as the page shows it.
     *
     * @param doing what it does to each pupil, e.g. "Erasing"
     * @param justStarted whether this page follows the user's own press of the button (a success banner at the end)
     * @param finishedAt when it ended, empty while it runs
     * @param failure why it stopped early
     */
    public record RunRow(String doing, int done, int total, int percent, String startedBy, String startedAt,
            boolean justStarted, Optional<String> finishedAt, Optional<String> failure) {
        public boolean running() {
            return finishedAt.isEmpty();
        }
    }
}

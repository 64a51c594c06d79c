package org.thrivemis.web.internal.tab;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentRecord;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.web.internal.StateTags;
import org.thrivemis.web.internal.UkFormat;

/**
 * Everything the Thrive tab's consent section shows, already worded and formatted, so the
 * template only lays it out.
 *
 * @param saved whether to show the "Consent decision recorded" banner
 * @param states the current state per scope
 * @param withdrawnWarning the warning shown while consent is withdrawn
 * @param history every decision, newest first
 * @param form the recording form, for staff who may record consent
 */
public record ConsentTabView(boolean saved, List<StateRow> states, Optional<String> withdrawnWarning,
        List<HistoryRow> history, Optional<FormView> form) {

    /** One row of the summary list: a scope, its state and the tag colour. */
    public record StateRow(String scope, String state, String tagClass) {
    }

    /** One row of the history table, formatted for reading. */
    public record HistoryRow(String decidedOn, String decision, List<String> covers, String person,
            String recordedBy, String recordedAt, String note) {
    }

    /** The view of a pupil's consent status. */
    public static ConsentTabView of(ConsentStatus status, boolean saved, Optional<FormView> form) {
        List<StateRow> states = new ArrayList<>();
        for (Map.Entry<ConsentScope, ConsentState> e : status.states().entrySet()) {
            states.add(new StateRow(e.getKey().label(), e.getValue().label(), StateTags.cssClass(e.getValue())));
        }
        List<HistoryRow> history = status.history().stream().map(ConsentTabView::row).toList();
        return new ConsentTabView(saved, states, withdrawnWarning(status), history, form);
    }

    private static HistoryRow row(ConsentRecord r) {
        List<String> covers = r.scopes().stream().sorted().map(ConsentScope::label).toList();
        return new HistoryRow(UkFormat.date(r.decidedOn()), r.decision().label(), covers,
                r.personName() + " (" + r.relationship().label() + ")", r.recordedByName(),
                UkFormat.dateTime(r.recordedAt()), r.note());
    }

    /**
     * "Consent withdrawn on 3 March 2026: new individual assessments and action plans are blocked",
     * naming only the work that is blocked and the date of the withdrawal now in force.
     */
    private static Optional<String> withdrawnWarning(ConsentStatus status) {
        List<ConsentScope> withdrawn = status.states().entrySet().stream()
                .filter(e -> e.getValue() == ConsentState.WITHDRAWN).map(Map.Entry::getKey).toList();
        if (withdrawn.isEmpty()) {
            return Optional.empty();
        }
        Optional<ConsentRecord> latest = status.history().stream()
                .filter(r -> r.decision() == ConsentDecision.WITHDRAWN)
                .filter(r -> r.scopes().stream().anyMatch(withdrawn::contains))
                .max(Comparator.comparing(ConsentRecord::decidedOn).thenComparing(ConsentRecord::recordedAt));
        String blocked = String.join(" and ", withdrawn.stream().map(ConsentTabView::work).toList());
        return Optional.of("Consent withdrawn" + latest.map(r -> " on " + UkFormat.date(r.decidedOn())).orElse("")
                + ": new " + blocked + " are blocked");
    }

    private static String work(ConsentScope scope) {
        return switch (scope) {
            case INDIVIDUAL_ASSESSMENT -> "individual assessments";
            case ACTION_PLAN -> "action plans";
        };
    }
}

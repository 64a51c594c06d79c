package org.thrivemis.web.internal.tab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.thrivemis.api.Problem;
import org.thrivemis.api.consent.ConsentDecision;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.Relationship;
import org.thrivemis.mis.api.CurrentUser;

/**
 * What the "Record a consent decision" template needs: where to post, the CSRF token, the choices
 * with the entered ones ticked, and the problems by field. Control ids carry a {@code consent-}
 * prefix so they stay unique inside the host's page.
 */
public record FormView(String action, String csrfToken, ConsentForm values, List<Option> decisions,
        List<Option> scopes, List<Option> relationships, List<ErrorLink> errorLinks, Map<String, String> fieldErrors) {

    /** The id of the form itself, the link target for a problem with no control of its own. */
    public static final String FORM_ID = "consent-form";

    /**
     * One radio or checkbox.
     *
     * @param id the input's id, bound to its label
     * @param value the enum name posted
     * @param label the text staff read
     * @param checked whether it is ticked
     */
    public record Option(String id, String value, String label, boolean checked) {
    }

    public FormView {
        decisions = List.copyOf(decisions);
        scopes = List.copyOf(scopes);
        relationships = List.copyOf(relationships);
        errorLinks = List.copyOf(errorLinks);
        fieldErrors = Map.copyOf(fieldErrors);
    }

    /** The form for these entered values and problems (none for a fresh form). */
    public static FormView of(String action, String csrfToken, ConsentForm values, List<Problem> problems) {
        List<Option> decisions = new ArrayList<>();
        for (ConsentDecision d : ConsentDecision.values()) {
            decisions.add(option(ConsentForm.DECISION, d.ordinal(), d.name(), d.label(), d.name().equals(values.decision())));
        }
        List<Option> scopes = new ArrayList<>();
        for (ConsentScope s : ConsentScope.values()) {
            scopes.add(option(ConsentForm.SCOPES, s.ordinal(), s.name(), s.label(), values.scopes().contains(s.name())));
        }
        List<Option> relationships = new ArrayList<>();
        for (Relationship r : Relationship.values()) {
            relationships.add(option(ConsentForm.RELATIONSHIP, r.ordinal(), r.name(), r.label(),
                    r.name().equals(values.relationship())));
        }
        List<ErrorLink> links = new ArrayList<>();
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem p : problems) {
            links.add(new ErrorLink("#" + controlId(p.field()), p.message()));
            byField.putIfAbsent(p.field(), p.message());
        }
        return new FormView(action, csrfToken, values, decisions, scopes, relationships, links, byField);
    }

    /** The form field carrying the CSRF token, as the host expects it. */
    public String csrfField() {
        return CurrentUser.CSRF_FIELD;
    }

    /** The id of the control a problem with this field links to (the first box of a date). */
    public static String controlId(String field) {
        return switch (field) {
            case ConsentForm.DECIDED_ON -> "consent-decidedOn-day";
            case ConsentForm.DECISION, ConsentForm.SCOPES, ConsentForm.PERSON_NAME, ConsentForm.RELATIONSHIP,
                    ConsentForm.NOTE -> "consent-" + field;
            default -> FORM_ID;
        };
    }

    /** The field's error message, or {@code null} (jte then leaves the element out). */
    public String error(String field) {
        return fieldErrors.get(field);
    }

    /** The id of the field's error message, or {@code null} without one. */
    public String errorId(String field) {
        return fieldErrors.containsKey(field) ? "consent-" + field + "-error" : null;
    }

    /** {@code aria-describedby} for a control with this hint (may be null): hint, then error. */
    public String describedBy(String field, String hintId) {
        String errorId = errorId(field);
        if (hintId == null) {
            return errorId;
        }
        return errorId == null ? hintId : hintId + " " + errorId;
    }

    /** The extra class marking a control, or its group, as in error, with its leading space (empty when fine). */
    public String errorClass(String field, String modifier) {
        return fieldErrors.containsKey(field) ? " " + modifier : "";
    }

    private static Option option(String field, int index, String value, String label, boolean checked) {
        // GOV.UK convention: the first option carries the field's id, so error links land on it.
        String id = "consent-" + field + (index == 0 ? "" : "-" + (index + 1));
        return new Option(id, value, label, checked);
    }
}

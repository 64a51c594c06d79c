package org.thrivemis.host.reference.internal.web;

import java.util.List;
import java.util.Optional;
import org.thrivemis.host.reference.internal.school.DemoAccount;

/**
 * Model of the sign-in page.
 *
 * @param chrome page chrome
 * @param csrfToken the session's CSRF token for the form
 * @param next where to go after signing in (a local path), empty for the default
 * @param username the username typed so far
 * @param errors what is wrong with the last attempt, in page order
 * @param signedOut whether the member of staff has just signed out
 * @param demoAccounts the demo sign-ins to list
 */
public record LoginPage(Chrome chrome, String csrfToken, String next, String username, List<FieldError> errors,
        boolean signedOut, List<DemoAccount> demoAccounts) {

    /** A problem with one field, linked from the error summary. */
    public record FieldError(String field, String message) {
    }

    public LoginPage {
        errors = List.copyOf(errors);
        demoAccounts = List.copyOf(demoAccounts);
    }

    /** The password shared by the demo accounts. */
    public String demoPassword() {
        return DemoAccount.PASSWORD;
    }

    /** The message for a field, if it has one. */
    public Optional<String> errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).map(FieldError::message).findFirst();
    }

    /** Whether the field has an error. */
    public boolean hasError(String field) {
        return errorFor(field).isPresent();
    }

    /** The field's error message, empty without one. */
    public String error(String field) {
        return errorFor(field).orElse("");
    }

    /** The classes of the field's form group. */
    public String groupClass(String field) {
        return hasError(field) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
    }

    /** The classes of the field's input. */
    public String inputClass(String field) {
        return "govuk-input govuk-!-width-one-half" + (hasError(field) ? " govuk-input--error" : "");
    }

    /** The ids of the error message elements describing the field, or null (no attribute). */
    public String describedBy(String field) {
        return errorFor(field).isPresent() ? field + "-error" : null;
    }
}

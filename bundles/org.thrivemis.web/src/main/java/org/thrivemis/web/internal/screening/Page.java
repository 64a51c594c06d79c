package org.thrivemis.web.internal.screening;

import java.util.List;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * What every screening page carries around its content.
 *
 * @param title the page title (the h1 and, prefixed "Error: " when there are errors, the document title)
 * @param stylesheet GOV.UK Frontend CSS address
 * @param backHref where the back link goes
 * @param backText the back link's text
 * @param errors problems to list in the error summary
 */
public record Page(String title, String stylesheet, String backHref, String backText, List<ErrorLink> errors) {
    public Page {
        errors = List.copyOf(errors);
    }

    public String documentTitle() {
        return (errors.isEmpty() ? "" : "Error: ") + title + " – Thrive screening";
    }
}

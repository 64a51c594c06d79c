package org.thrivemis.host.reference.internal.web.pupils;

/**
 * A link of the pupil record's tab strip.
 *
 * @param id the tab id ({@code data-tab-id})
 * @param label the link text
 * @param url the tab's address
 * @param current whether it is the tab shown
 */
public record TabLink(String id, String label, String url, boolean current) {

    /** {@code aria-current="page"} on the tab shown, no attribute on the others. */
    public String ariaCurrent() {
        return current ? "page" : null;
    }

    /** An HTML id for the tab's list item, which labels the panel. */
    public String elementId() {
        return elementId(id);
    }

    /** An HTML id for a tab id: letters, digits, '-' and '_' kept, anything else replaced. */
    public static String elementId(String tabId) {
        return "tab-" + tabId.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}

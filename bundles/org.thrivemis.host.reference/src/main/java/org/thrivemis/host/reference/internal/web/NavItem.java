package org.thrivemis.host.reference.internal.web;

/**
 * An entry of the host's navigation bar.
 *
 * @param label link text
 * @param href where it goes
 * @param active whether the page shown belongs to this section
 */
public record NavItem(String label, String href, boolean active) {

    /** {@code aria-current} for the active section's link, null (no attribute) otherwise. */
    public String ariaCurrent() {
        return active ? "true" : null;
    }
}

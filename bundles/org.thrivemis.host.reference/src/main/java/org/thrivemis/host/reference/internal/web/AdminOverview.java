package org.thrivemis.host.reference.internal.web;

import java.util.List;

/**
 * Model of the admin page.
 *
 * @param chrome page chrome
 * @param administrator whether the viewer administers the MIS (configuration and installed plugins shown)
 * @param bundles the product's installed bundles
 * @param links the plugins' admin pages the viewer may open
 */
public record AdminOverview(Chrome chrome, boolean administrator, List<InstalledBundles.Row> bundles, List<Link> links) {

    public AdminOverview {
        bundles = List.copyOf(bundles);
        links = List.copyOf(links);
    }

    /** A plugin's admin page: link text, address and a one-line summary (may be empty). */
    public record Link(String label, String href, String summary) {
    }
}

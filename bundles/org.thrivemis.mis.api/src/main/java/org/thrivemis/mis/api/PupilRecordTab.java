package org.thrivemis.mis.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: a tab on the host's pupil record. Register an implementation as an OSGi service
 * with {@link #ID}, {@link #ORDER} and {@link #PERMISSION} (most easily with
 * {@link org.thrivemis.mis.api.propertytypes.MisTab}). The host orders tabs by {@link #ORDER};
 * when two share an id the higher {@code service.ranking} wins. A tab disappears with its bundle.
 */
@ConsumerType
public interface PupilRecordTab {

    /** Service property: unique tab id, also written to the tab strip as {@code data-tab-id}. */
    String ID = "mis.tab.id";
    /** Service property (Integer): position in the tab strip, ascending. */
    String ORDER = "mis.tab.order";
    /** Service property: the host permission a viewer needs to see the tab. */
    String PERMISSION = "mis.tab.permission";

    /** The tab's label in the strip. */
    String label(Locale locale);

    /** Whether this viewer may see the tab on this pupil's record (beyond the required permission). */
    boolean isVisible(Viewer viewer, Pupil pupil);

    /**
     * The tab's body as an HTML fragment. The tab escapes everything it writes; the host wraps it
     * in its page chrome. Must not throw for missing data: render a message instead.
     */
    String render(TabRequest request);

    /**
     * Handles a form this tab rendered, posted to the tab's own address
     * ({@link TabRequest#tabUrl()}). The host has already checked the session and the CSRF token;
     * the tab checks everything else. Tabs without forms keep the default, which refuses.
     *
     * @param request who is posting, about which pupil
     * @param form the posted form fields (without the CSRF field)
     */
    default TabResult submit(TabRequest request, Map<String, List<String>> form) {
        return TabResult.show("<p class=\"govuk-body\">This tab does not accept forms.</p>", 405);
    }
}

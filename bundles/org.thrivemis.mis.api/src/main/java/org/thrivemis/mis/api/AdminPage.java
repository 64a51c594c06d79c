package org.thrivemis.mis.api;

import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard: a link in the host's admin area to a page a plugin serves itself.
 * Register with {@link #ID} and {@link #PERMISSION}.
 */
@ConsumerType
public interface AdminPage {

    /** Service property: unique page id. */
    String ID = "mis.admin.id";
    /** Service property: the host permission a viewer needs to see the link. */
    String PERMISSION = "mis.admin.permission";

    /** The link text. */
    String label(Locale locale);

    /** The page's address on this server, e.g. {@code /thrive/admin}. */
    String href();

    /** A one-line summary shown beside the link (e.g. a count that needs attention), or empty. */
    default String summary(Viewer viewer, Locale locale) {
        return "";
    }
}

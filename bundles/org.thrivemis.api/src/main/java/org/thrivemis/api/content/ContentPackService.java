package org.thrivemis.api.content;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.Problem;

/**
 * The content pack in force. An admin loads a licensed pack through configuration; a pack that
 * fails validation is refused (the errors name the JSON path and the problem) and the previous pack
 * stays in force. Until a pack is configured the sample pack is used.
 */
@ProviderType
public interface ContentPackService {

    /** The pack in force now. */
    ContentPack current();

    /** Why the last configured pack was refused, if it was (empty when the configured pack is in force). */
    List<Problem> lastRefusal();

    /**
     * A pack by id and version, for reading assessments made with it: the pack in force if it is
     * that one, otherwise one the service still knows (the sample, and packs loaded since it started).
     */
    default Optional<ContentPack> pack(String id, String version) {
        ContentPack current = current();
        return current.id().equals(id) && current.version().equals(version) ? Optional.of(current) : Optional.empty();
    }
}

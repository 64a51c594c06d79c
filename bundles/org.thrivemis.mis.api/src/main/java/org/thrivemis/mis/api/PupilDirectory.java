package org.thrivemis.mis.api;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Port: the host's pupils on roll. Implemented by the host, called by plugins. */
@ProviderType
public interface PupilDirectory {

    /** The pupil with this host id, if the host knows them. */
    Optional<Pupil> pupil(String id);

    /** The pupils among these ids the host knows, in no particular order (one call for many). */
    List<Pupil> pupils(Collection<String> ids);

    /**
     * Pupils whose name or UPN contains the text (case-insensitive), sorted by surname then
     * forename; an empty text lists everyone. At most {@code limit} results.
     */
    List<Pupil> search(String text, int limit);

    /** Every pupil on roll, sorted by surname then forename. */
    List<Pupil> all();
}

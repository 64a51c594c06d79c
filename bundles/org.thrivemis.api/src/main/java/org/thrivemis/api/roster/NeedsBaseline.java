package org.thrivemis.api.roster;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;

/** The pupils new to the school who need a baseline profile, for office staff and practitioners. */
@ProviderType
public interface NeedsBaseline {

    /**
     * Pupils on roll flagged for a baseline profile, oldest flag first. Audited.
     *
     * @throws AccessDeniedException unless the actor may see the list
     */
    List<BaselinePupil> pupils(Actor actor);
}

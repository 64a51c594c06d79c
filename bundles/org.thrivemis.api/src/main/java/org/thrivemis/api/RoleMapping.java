package org.thrivemis.api;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/** Turns a host user and their host roles into an {@link Actor}, by configuration. */
@ProviderType
public interface RoleMapping {

    /** The actor for a host user with these host role names. */
    Actor actor(String userId, String displayName, Set<String> hostRoles);
}

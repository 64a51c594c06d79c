package org.thrivemis.mis.api;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Port: the host's staff. */
@ProviderType
public interface StaffDirectory {

    /** The member of staff with this host id. */
    Optional<StaffMember> staff(String id);

    /** Every member of staff. */
    List<StaffMember> all();
}

package org.thrivemis.host.reference.internal.clock;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration (PID {@value #PID}) that fixes the reference host's "today", for demos and load tests. */
@ObjectClassDefinition(name = "Reference MIS demo date",
        description = "Fixes the date the reference MIS (and any plugin that uses a Clock service) takes as today, "
                + "e.g. late in the school year so a whole year of registers exists. Without this configuration the "
                + "real date is used.")
public @interface DemoDateConfig {

    /** The PID; the clock exists only while this configuration does. */
    String PID = "org.thrivemis.host.reference.clock";

    @AttributeDefinition(name = "Today",
            description = "The date to use as today, written YYYY-MM-DD (for example 2027-07-09). The time of day "
                    + "runs on from midday.")
    String today();
}

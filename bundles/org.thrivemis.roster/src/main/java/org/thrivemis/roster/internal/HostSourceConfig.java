package org.thrivemis.roster.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of a roster source reading the host MIS through its ports (a factory configuration). */
@ObjectClassDefinition(name = "Thrive roster source: this MIS",
        description = "Syncs the roster from the MIS Thrive is installed in (its pupils, classes and staff).")
public @interface HostSourceConfig {
    String FACTORY_PID = "org.thrivemis.roster.host";

    @AttributeDefinition(name = "Source id", description = "Unique id of this source, kept with every record it"
            + " supplies; never change it once synced.")
    String roster_source_id() default "host";

    @AttributeDefinition(name = "Name", description = "The name admins see.")
    String roster_source_label() default "This MIS";

    @AttributeDefinition(name = "School id", description = "The id the roster gives the MIS's school.")
    String school_id() default "school";

    @AttributeDefinition(name = "School name", description = "The school's name as shown in Thrive.")
    String school_name() default "Our school";

    @AttributeDefinition(name = "Sync every (minutes)", description = "Minutes between scheduled syncs of this"
            + " source; 0 to sync only when someone runs it from the admin page.", min = "0")
    int roster_source_schedule_minutes() default 0;
}

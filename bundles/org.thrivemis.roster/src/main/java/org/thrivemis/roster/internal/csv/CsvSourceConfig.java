package org.thrivemis.roster.internal.csv;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of one OneRoster CSV roster source (a factory configuration: one per dataset). */
@ObjectClassDefinition(name = "Thrive roster source: OneRoster CSV",
        description = "A folder or ZIP of OneRoster 1.1 or 1.2 CSV files (with manifest.csv) to sync the roster from.")
public @interface CsvSourceConfig {
    String FACTORY_PID = "org.thrivemis.roster.csv";

    @AttributeDefinition(name = "Source id", description = "Unique id of this source, kept with every record it"
            + " supplies; never change it once synced (e.g. trust-csv).")
    String roster_source_id();

    @AttributeDefinition(name = "Name", description = "The name admins see, e.g. \"Trust OneRoster export\".")
    String roster_source_label() default "OneRoster CSV";

    @AttributeDefinition(name = "Location", description = "Path of the folder or ZIP file holding the dataset, as"
            + " the MIS server sees it. An uploaded ZIP is read instead for that one run.")
    String location() default "";

    @AttributeDefinition(name = "Longest value", description = "Values longer than this many characters are"
            + " refused as a broken export.")
    int max_field_chars() default 4000;

    @AttributeDefinition(name = "Sync every (minutes)", description = "Minutes between scheduled syncs of this"
            + " source; 0 to sync only when someone runs it from the admin page.", min = "0")
    int roster_source_schedule_minutes() default 0;
}

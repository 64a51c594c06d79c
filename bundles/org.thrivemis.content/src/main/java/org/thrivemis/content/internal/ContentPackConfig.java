package org.thrivemis.content.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of {@link ContentPackServiceImpl}: which content pack file is in force. */
@ObjectClassDefinition(id = ContentPackConfig.PID, name = "Thrive content pack",
        description = "The content pack (statements, screening bands, activities) staff assess against."
                + " Leave the file empty to use the sample pack shipped with the product. A pack that fails"
                + " validation is refused and the pack in force stays; the problems are logged.")
public @interface ContentPackConfig {
    /** Configuration PID. */
    String PID = "org.thrivemis.content";

    @AttributeDefinition(name = "Pack file",
            description = "Path of the licensed content pack JSON file on the server (absolute, or relative to"
                    + " the working directory of the MIS). Empty: the sample pack.")
    String packFile() default "";
}

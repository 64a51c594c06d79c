package org.thrivemis.web.internal.screening;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the whole-group screening pages. */
@ObjectClassDefinition(id = ScreeningPagesConfig.PID, name = "Thrive screening pages",
        description = "The whole-group screening pages: a class's rounds, the marking grid and the class profile.")
public @interface ScreeningPagesConfig {
    /** Configuration PID. */
    String PID = "org.thrivemis.web.screening";

    @AttributeDefinition(name = "GOV.UK Frontend stylesheet",
            description = "Address of the GOV.UK Frontend CSS the MIS serves. The reference host serves it at"
                    + " /assets/govuk-frontend.min.css.")
    String stylesheet() default ScreeningUrls.STYLESHEET;

    @AttributeDefinition(name = "Pupil record address",
            description = "Where a flagged pupil's name links to on the MIS: {pupilId} is replaced by the pupil's id"
                    + " (URL-encoded). The reference host's Thrive tab is /pupils/{pupilId}?tab=thrive-profile.")
    String pupilRecord() default "/pupils/{pupilId}?tab=thrive-profile";
}

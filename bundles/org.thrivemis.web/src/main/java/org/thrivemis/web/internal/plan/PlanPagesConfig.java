package org.thrivemis.web.internal.plan;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the printable action-plan pages (home activities sheet, pupil summary). */
@ObjectClassDefinition(id = PlanPagesConfig.PID, name = "Thrive printable plan pages",
        description = "The stand-alone pages printed from the Action plan tab: the home activities sheet for parents"
                + " and the one-page pupil summary for support meetings.")
public @interface PlanPagesConfig {
    /** Configuration PID. */
    String PID = "org.thrivemis.web.plan.pages";

    @AttributeDefinition(name = "GOV.UK Frontend stylesheet",
            description = "Address of the GOV.UK Frontend CSS the MIS serves, linked from the printable pages."
                    + " The reference host serves it at /assets/govuk-frontend.min.css.")
    String stylesheet() default "/assets/govuk-frontend.min.css";

    @AttributeDefinition(name = "School name",
            description = "Printed at the top of the home activities sheet; empty to leave it out.")
    String schoolName() default "";
}

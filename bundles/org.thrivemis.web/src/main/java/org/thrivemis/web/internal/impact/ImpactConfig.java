package org.thrivemis.web.internal.impact;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Settings of the impact evaluation (PID {@value #PID}). */
@ObjectClassDefinition(name = "Thrive impact evaluation",
        description = "How the impact page compares attendance of pupils with an action plan before, during and "
                + "after the plan against pupils without a plan.")
public @interface ImpactConfig {

    String PID = "org.thrivemis.web.impact";

    @AttributeDefinition(name = "Weeks before the plan",
            description = "How many weeks before a plan's start date count as 'before the plan' (6 means the six "
                    + "weeks up to the day before it started).", min = "1", max = "26")
    int weeksBefore() default 6;
}

package org.thrivemis.web.internal.earlywarning;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Thresholds of the early-warning list (PID {@value #PID}). */
@ObjectClassDefinition(name = "Thrive early warning",
        description = "When a pupil appears on the senior leads' early-warning list: attendance has dropped and the "
                + "pupil has a gap in an earlier strand or no recent Thrive profile.")
public @interface EarlyWarningConfig {

    String PID = "org.thrivemis.web.earlywarning";

    @AttributeDefinition(name = "Drop in attendance (percentage points)",
            description = "How far attendance in the recent weeks must be below attendance earlier in the school year "
                    + "for a pupil to be listed, in percentage points (5 means, for example, 96% down to 91% or lower).",
            min = "0.1", max = "100")
    double dropPoints() default 5.0;

    @AttributeDefinition(name = "Recent weeks",
            description = "How many weeks, up to today, count as recent attendance (the rest of the school year is "
                    + "the comparison).", min = "1", max = "20")
    int recentWeeks() default 4;

    @AttributeDefinition(name = "Recent profile (months)",
            description = "A pupil whose latest completed individual profile is older than this many months (or who "
                    + "has none) counts as having no recent profile.", min = "1", max = "36")
    int profileMonths() default 6;
}

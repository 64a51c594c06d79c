package org.thrivemis.core.internal.screening;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * When screening flags a pupil for an individual profile. The thresholds are our defaults, not
 * confirmed by Thrive (see reference/thrive-model.md), so a school can change them.
 */
@ObjectClassDefinition(name = "Thrive whole-group screening", description = "When a screened pupil is flagged"
        + " for an individual Thrive profile.")
public @interface ScreeningConfig {
    /** The configuration PID. */
    String PID = "org.thrivemis.screening";

    @AttributeDefinition(name = "Share of statements not secure that flags a pupil (%)", description = "A pupil"
            + " is flagged when at least this percentage of their band's statements is not secure (1-100).",
            min = "1", max = "100")
    int flag_percent_not_secure() default 50;

    @AttributeDefinition(name = "Flag 'not yet' in an earlier strand", description = "A pupil is flagged when a"
            + " statement of a strand earlier than the one expected at their age is marked 'not yet' (a"
            + " developmental interruption).")
    boolean flag_not_yet_before_expected() default true;
}

package org.thrivemis.web.internal.classview;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The attendance column of the class view (PID {@value #PID}). */
@ObjectClassDefinition(id = AttendanceColumnConfig.PID, name = "Thrive class view: attendance column",
        description = "Attendance this term and this year beside the Thrive columns on the host's class page.")
public @interface AttendanceColumnConfig {

    String PID = "org.thrivemis.web.internal.classview.AttendanceColumn";

    @AttributeDefinition(name = "Keep attendance summaries (seconds)",
            description = "How long a pupil's attendance summary is reused before the registers are read again. A "
                    + "corrected register shows in this column within this time (the host's own week shows it at once). "
                    + "0 reads the registers on every page.", min = "0", max = "3600")
    int cacheSeconds() default 60;
}

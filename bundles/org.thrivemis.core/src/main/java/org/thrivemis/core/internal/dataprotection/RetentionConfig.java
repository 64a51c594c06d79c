package org.thrivemis.core.internal.dataprotection;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.thrivemis.api.dataprotection.RetentionAction;

/** The retention policy (PID {@value #PID}): how long Thrive data of pupils who left is kept, and what then. */
@ObjectClassDefinition(id = RetentionConfig.PID, name = "Thrive retention policy",
        description = "How long the Thrive data of pupils who left the school is kept, and what happens to it"
                + " then. A pupil has left when every roster entry of theirs is archived by a sync. Set it from"
                + " the school's retention schedule; an admin sees a dry run on the Data protection page first.")
public @interface RetentionConfig {

    /** The configuration PID. */
    String PID = "org.thrivemis.dataprotection.retention";

    @AttributeDefinition(name = "Years after leaving", min = "1", max = "100",
            description = "Thrive data of a pupil is due this many whole years after the day they left.")
    int years() default 6;

    @AttributeDefinition(name = "Action",
            description = "ARCHIVE keeps profiles and plans anonymously for whole-school evaluation (pupil id"
                    + " replaced by a random token, staff-written text cleared, consents and roster entries erased);"
                    + " ERASE removes everything, as an erasure request does.")
    RetentionAction action() default RetentionAction.ARCHIVE;

    @AttributeDefinition(name = "Run every (hours)", min = "0",
            description = "Apply the policy automatically at this interval, in hours (24 for daily). 0: only when"
                    + " an admin runs it from the Data protection page.")
    int intervalHours() default 0;
}

package org.thrivemis.host.reference.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Configuration of the reference host (PID {@value #PID}): which sample school it generates, how
 * long an idle sign-in lasts and which host permissions each role grants. The HTTP port is Felix's
 * own {@code org.osgi.service.http.port}, not ours.
 */
@ObjectClassDefinition(name = "Reference MIS",
        description = "The reference host MIS: its generated sample school and its sign-in sessions.")
public @interface HostConfig {

    /** The configuration PID shared by the sample school and the sign-in sessions. */
    String PID = "org.thrivemis.host.reference";

    @AttributeDefinition(name = "Sample school seed",
            description = "Seed of the generated sample school. The same seed and academic year always give the same "
                    + "pupils, classes, staff and registers; another seed gives another school.")
    long seed() default 20260901L;

    @AttributeDefinition(name = "Classes per year group",
            description = "How many classes of 30 pupils each year group of the sample school has (2 gives about 420 "
                    + "pupils). Large values make a very large school for load tests: 477 gives just over 100,000 pupils.",
            min = "1", max = "1000")
    int classesPerYearGroup() default 2;

    @AttributeDefinition(name = "Session timeout (minutes)",
            description = "Minutes without a request after which a signed-in member of staff must sign in again.",
            min = "1")
    int sessionTimeoutMinutes() default 30;

    @AttributeDefinition(name = "Permissions per role",
            description = "One entry per host role, written role=permission,permission (for example "
                    + "admin=mis.pupils.view,thrive.view,mis.admin). A member of staff gets the permissions of every "
                    + "role they hold; a role that is not listed grants nothing.")
    String[] rolePermissions() default {
        "office=mis.pupils.view,thrive.view",
        "teacher=mis.pupils.view,thrive.view",
        "practitioner=mis.pupils.view,thrive.view",
        "senior=mis.pupils.view,thrive.view,thrive.early-warning",
        "admin=mis.pupils.view,thrive.view,mis.admin,thrive.early-warning"
    };
}

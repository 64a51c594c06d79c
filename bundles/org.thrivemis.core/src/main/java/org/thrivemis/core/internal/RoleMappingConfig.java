package org.thrivemis.core.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Configuration of {@link ConfiguredRoleMapping}: which host role names give which Thrive role. */
@ObjectClassDefinition(id = RoleMappingConfig.PID, name = "Thrive role mapping",
        description = "Which of the MIS's role names give each Thrive role. Names match case-insensitively;"
                + " a value may list several names separated by commas; a member of staff gets every Thrive"
                + " role one of their MIS roles is listed under.")
public @interface RoleMappingConfig {
    /** Configuration PID. */
    String PID = "org.thrivemis.roles";

    @AttributeDefinition(name = "Office staff",
            description = "MIS role names that make someone Office staff: records parental consent, sees consent"
                    + " status of every pupil.")
    String[] office() default {"office"};

    @AttributeDefinition(name = "Teacher",
            description = "MIS role names that make someone a Teacher: sees Thrive data of pupils in the classes"
                    + " they teach.")
    String[] teacher() default {"teacher"};

    @AttributeDefinition(name = "Thrive practitioner",
            description = "MIS role names that make someone a Thrive practitioner: assesses pupils and runs action"
                    + " plans for every pupil.")
    String[] practitioner() default {"practitioner"};

    @AttributeDefinition(name = "Senior lead",
            description = "MIS role names that make someone a Senior lead: everything a practitioner does, and"
                    + " searches the audit log.")
    String[] senior_lead() default {"senior"};

    @AttributeDefinition(name = "Administrator",
            description = "MIS role names that make someone a Thrive administrator: configures the plugin and"
                    + " searches the audit log; sees no pupil data by this role alone.")
    String[] admin() default {"admin"};

    @AttributeDefinition(name = "School directory",
            description = "Whether this installation serves a trust, whose MIS must say which schools each member of"
                    + " staff covers. 'required' (a trust): until the MIS's school directory is running, nobody"
                    + " sees any pupil's Thrive data and pages say why, so a limited school user never sees every"
                    + " school while the MIS is still starting. 'optional' (one school): without a school"
                    + " directory everybody sees the one school.",
            options = {@Option(label = "Optional: one school", value = SCHOOL_DIRECTORY_OPTIONAL),
                    @Option(label = "Required: a trust of several schools", value = SCHOOL_DIRECTORY_REQUIRED)})
    String school_directory() default SCHOOL_DIRECTORY_OPTIONAL;

    /** {@link #school_directory()}: a single-school host, which registers no school directory. */
    String SCHOOL_DIRECTORY_OPTIONAL = "optional";
    /** {@link #school_directory()}: a trust, whose host must register a school directory before anyone sees pupils. */
    String SCHOOL_DIRECTORY_REQUIRED = "required";
}

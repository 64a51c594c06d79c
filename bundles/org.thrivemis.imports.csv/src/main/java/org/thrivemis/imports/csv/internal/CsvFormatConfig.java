package org.thrivemis.imports.csv.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The column mapping of the Thrive-Online CSV format: the header each column has in the school's
 * export (matched ignoring case and surrounding spaces), and the longest field read. The defaults
 * are the headers documented in the bundle's README.
 */
@ObjectClassDefinition(name = "Thrive-Online CSV import", description = "The column names of the school's"
        + " Thrive-Online CSV export, where they differ from the documented defaults.")
public @interface CsvFormatConfig {
    /** Configuration PID. */
    String PID = "org.thrivemis.imports.csv";

    @AttributeDefinition(name = "Record type column", description = "Says whether a row is a profile or an action plan")
    String column_recordType() default "Record type";

    @AttributeDefinition(name = "UPN column", description = "The pupil's Unique Pupil Number")
    String column_upn() default "UPN";

    @AttributeDefinition(name = "MIS id column", description = "The pupil's id in the MIS")
    String column_misId() default "MIS ID";

    @AttributeDefinition(name = "Forename column", description = "The pupil's forename")
    String column_forename() default "Forename";

    @AttributeDefinition(name = "Surname column", description = "The pupil's surname")
    String column_surname() default "Surname";

    @AttributeDefinition(name = "Date of birth column", description = "The pupil's date of birth, day/month/year")
    String column_dateOfBirth() default "Date of birth";

    @AttributeDefinition(name = "Profile date column", description = "The date of a profile, day/month/year")
    String column_profileDate() default "Profile date";

    @AttributeDefinition(name = "Profile type column", description = "Baseline, Behaviour or Group")
    String column_profileType() default "Profile type";

    @AttributeDefinition(name = "Being column", description = "Percentage of Being statements secure")
    String column_being() default "Being";

    @AttributeDefinition(name = "Doing column", description = "Percentage of Doing statements secure")
    String column_doing() default "Doing";

    @AttributeDefinition(name = "Thinking column", description = "Percentage of Thinking statements secure")
    String column_thinking() default "Thinking";

    @AttributeDefinition(name = "Power and identity column", description = "Percentage of Power and identity statements secure")
    String column_powerAndIdentity() default "Power and identity";

    @AttributeDefinition(name = "Skills and structure column", description = "Percentage of Skills and structure statements secure")
    String column_skillsAndStructure() default "Skills and structure";

    @AttributeDefinition(name = "Interdependence column", description = "Percentage of Interdependence statements secure")
    String column_interdependence() default "Interdependence";

    @AttributeDefinition(name = "Statements column", description = "Optional: statement levels, e.g. being-01=Secure; doing-02=Emerging")
    String column_statements() default "Statements";

    @AttributeDefinition(name = "Plan start column", description = "The date an action plan started, day/month/year")
    String column_planStart() default "Plan start";

    @AttributeDefinition(name = "Review date column", description = "The date an action plan is to be reviewed")
    String column_reviewDate() default "Review date";

    @AttributeDefinition(name = "Plan status column", description = "Optional: Draft, Active, Reviewed or Closed (default Active)")
    String column_planStatus() default "Plan status";

    @AttributeDefinition(name = "Targets column", description = "An action plan's targets, one a line, as 'Strand: target'")
    String column_targets() default "Targets";

    @AttributeDefinition(name = "Longest field", description = "The most characters one field may have; a longer"
            + " one is reported as a problem (protects against runaway quotes)")
    int max_field_chars() default 4000;
}

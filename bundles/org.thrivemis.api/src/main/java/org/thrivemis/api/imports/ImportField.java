package org.thrivemis.api.imports;

import org.thrivemis.api.content.Strand;

/**
 * The fields of a canonical record, for naming them in problems. A format whose file names a field
 * differently (a school's column mapping) tells the pipeline with {@link ImportSink#headers}, so each
 * problem names the column as it appears in the school's file; otherwise the default name is used.
 */
public enum ImportField {
    UPN("UPN"),
    MIS_ID("MIS ID"),
    FORENAME("Forename"),
    SURNAME("Surname"),
    DATE_OF_BIRTH("Date of birth"),
    PROFILE_DATE("Profile date"),
    PROFILE_TYPE("Profile type"),
    BEING("Being"),
    DOING("Doing"),
    THINKING("Thinking"),
    POWER_AND_IDENTITY("Power and identity"),
    SKILLS_AND_STRUCTURE("Skills and structure"),
    INTERDEPENDENCE("Interdependence"),
    STATEMENTS("Statements"),
    PLAN_START("Plan start"),
    REVIEW_DATE("Review date"),
    PLAN_STATUS("Plan status"),
    TARGETS("Targets");

    private final String defaultName;

    ImportField(String defaultName) {
        this.defaultName = defaultName;
    }

    /** The name a Thrive-Online export gives the field. */
    public String defaultName() {
        return defaultName;
    }

    /** The field of a strand's result. */
    public static ImportField of(Strand strand) {
        return switch (strand) {
            case BEING -> BEING;
            case DOING -> DOING;
            case THINKING -> THINKING;
            case POWER_AND_IDENTITY -> POWER_AND_IDENTITY;
            case SKILLS_AND_STRUCTURE -> SKILLS_AND_STRUCTURE;
            case INTERDEPENDENCE -> INTERDEPENDENCE;
        };
    }
}

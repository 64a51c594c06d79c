package org.thrivemis.imports.csv.internal;

import java.util.function.Function;

/** The columns of a Thrive-Online CSV export, each with its configured header and whether it must be present. */
enum Column {
    RECORD_TYPE(CsvFormatConfig::column_recordType, "column.recordType", true),
    UPN(CsvFormatConfig::column_upn, "column.upn", true),
    MIS_ID(CsvFormatConfig::column_misId, "column.misId", true),
    FORENAME(CsvFormatConfig::column_forename, "column.forename", true),
    SURNAME(CsvFormatConfig::column_surname, "column.surname", true),
    DATE_OF_BIRTH(CsvFormatConfig::column_dateOfBirth, "column.dateOfBirth", true),
    PROFILE_DATE(CsvFormatConfig::column_profileDate, "column.profileDate", true),
    PROFILE_TYPE(CsvFormatConfig::column_profileType, "column.profileType", true),
    BEING(CsvFormatConfig::column_being, "column.being", true),
    DOING(CsvFormatConfig::column_doing, "column.doing", true),
    THINKING(CsvFormatConfig::column_thinking, "column.thinking", true),
    POWER_AND_IDENTITY(CsvFormatConfig::column_powerAndIdentity, "column.powerAndIdentity", true),
    SKILLS_AND_STRUCTURE(CsvFormatConfig::column_skillsAndStructure, "column.skillsAndStructure", true),
    INTERDEPENDENCE(CsvFormatConfig::column_interdependence, "column.interdependence", true),
    STATEMENTS(CsvFormatConfig::column_statements, "column.statements", false),
    PLAN_START(CsvFormatConfig::column_planStart, "column.planStart", true),
    REVIEW_DATE(CsvFormatConfig::column_reviewDate, "column.reviewDate", true),
    PLAN_STATUS(CsvFormatConfig::column_planStatus, "column.planStatus", false),
    TARGETS(CsvFormatConfig::column_targets, "column.targets", true);

    private final Function<CsvFormatConfig, String> header;
    private final String property;
    private final boolean required;

    Column(Function<CsvFormatConfig, String> header, String property, boolean required) {
        this.header = header;
        this.property = property;
        this.required = required;
    }

    /** The header the configuration gives this column. */
    String header(CsvFormatConfig config) {
        return header.apply(config).strip();
    }

    /** The configuration property that renames it. */
    String property() {
        return property;
    }

    boolean required() {
        return required;
    }
}

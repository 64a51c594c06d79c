package org.thrivemis.host.reference.internal.web.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.osgi.service.metatype.AttributeDefinition;

class ConfigFormTest {

    private static FieldSpec field(String id, int type, int cardinality, String... defaults) {
        return new FieldSpec(id, id.replace('.', ' '), "", type, cardinality, List.of(), List.of(defaults), v -> "");
    }

    private static final FieldSpec MINUTES = field("roster.source.schedule.minutes", AttributeDefinition.INTEGER, 0, "0");
    private static final FieldSpec LABEL = field("roster.source.label", AttributeDefinition.STRING, 0, "");
    private static final FieldSpec SECRET = field(".clientSecret", AttributeDefinition.PASSWORD, 0, "");
    private static final FieldSpec ROLES = field("rolePermissions", AttributeDefinition.STRING, 5);
    private static final FieldSpec ENABLED = field("enabled", AttributeDefinition.BOOLEAN, 0, "false");
    private static final FieldSpec VERSION = new FieldSpec("version", "Version", "", AttributeDefinition.STRING, 0,
            List.of(new FieldSpec.Choice("1.1", "OneRoster 1.1"), new FieldSpec.Choice("1.2", "OneRoster 1.2")), List.of("1.1"),
            v -> "");

    @Test
    void valuesAreConvertedToTheirTypesAndListsAreReadOnePerLine() {
        ConfigForm.Outcome outcome = ConfigForm.read(List.of(MINUTES, LABEL, ROLES, ENABLED, VERSION),
                Map.of(MINUTES.htmlId(), new String[] {" 1440 "}, LABEL.htmlId(), new String[] {"Trust export"},
                        ROLES.htmlId(), new String[] {"admin=mis.admin\r\n\r\n teacher=thrive.view \n"},
                        ENABLED.htmlId(), new String[] {"true"}, VERSION.htmlId(), new String[] {"1.2"}),
                Map.of());
        assertTrue(outcome.valid(), outcome.problems().toString());
        assertEquals(1440, outcome.properties().get("roster.source.schedule.minutes"));
        assertEquals("Trust export", outcome.properties().get("roster.source.label"));
        assertArrayEquals(new String[] {"admin=mis.admin", "teacher=thrive.view"},
                (String[]) outcome.properties().get("rolePermissions"));
        assertEquals(Boolean.TRUE, outcome.properties().get("enabled"));
        assertEquals("1.2", outcome.properties().get("version"));
    }

    @Test
    void anUncheckedBoxIsFalse() {
        ConfigForm.Outcome outcome = ConfigForm.read(List.of(ENABLED), Map.of(), Map.of("enabled", true));
        assertEquals(Boolean.FALSE, outcome.properties().get("enabled"));
    }

    @Test
    void aBadValueNamesTheSettingAndTheValueAndNothingIsReturnedToSave() {
        ConfigForm.Outcome outcome = ConfigForm.read(List.of(MINUTES, LABEL, VERSION),
                Map.of(MINUTES.htmlId(), new String[] {"daily"}, LABEL.htmlId(), new String[] {"ok"},
                        VERSION.htmlId(), new String[] {"2.0"}),
                Map.of("roster.source.schedule.minutes", 60));
        assertFalse(outcome.valid());
        assertTrue(outcome.properties().isEmpty(), "nothing to save");
        assertEquals(List.of(
                new ConfigForm.Problem(MINUTES.htmlId(), "roster source schedule minutes: \"daily\" is not a whole number, for example 30"),
                new ConfigForm.Problem(VERSION.htmlId(), "Version: \"2.0\" is not one of the choices")), outcome.problems());
    }

    @Test
    void theAttributesOwnValidationIsApplied() {
        FieldSpec port = new FieldSpec("port", "Port", "", AttributeDefinition.INTEGER, 0, List.of(), List.of(),
                v -> Integer.parseInt(v) > 65535 ? "Value exceeds maximum 65535" : "");
        ConfigForm.Outcome outcome = ConfigForm.read(List.of(port), Map.of(port.htmlId(), new String[] {"70000"}), Map.of());
        assertEquals("Port: \"70000\" is not accepted (Value exceeds maximum 65535)", outcome.problems().get(0).message());
    }

    @Test
    void aBlankSecretKeepsTheStoredOneAndASecretIsNeverShownOrEchoedInErrors() {
        Map<String, Object> stored = Map.of(".clientSecret", "s3cr3t-value", "roster.source.label", "Trust");
        ConfigForm.Outcome kept = ConfigForm.read(List.of(SECRET, LABEL),
                Map.of(SECRET.htmlId(), new String[] {""}, LABEL.htmlId(), new String[] {"Trust 2"}), stored);
        assertEquals("s3cr3t-value", kept.properties().get(".clientSecret"));
        ConfigForm.Outcome replaced = ConfigForm.read(List.of(SECRET), Map.of(SECRET.htmlId(), new String[] {"new one"}), stored);
        assertEquals("new one", replaced.properties().get(".clientSecret"));
        assertEquals("", ConfigForm.shown(SECRET, stored));
        assertTrue(ConfigForm.secretSet(SECRET, stored));

        FieldSpec strictSecret = new FieldSpec(".password", "Password", "", AttributeDefinition.PASSWORD, 0, List.of(),
                List.of(), v -> v.length() < 8 ? "too short" : "");
        ConfigForm.Outcome refused = ConfigForm.read(List.of(strictSecret),
                Map.of(strictSecret.htmlId(), new String[] {"abc"}), Map.of());
        assertFalse(refused.problems().get(0).message().contains("abc"), refused.problems().toString());
    }

    @Test
    void settingsTheFormDoesNotKnowAreKeptButConfigAdminsOwnPropertiesAreNot() {
        ConfigForm.Outcome outcome = ConfigForm.read(List.of(LABEL), Map.of(LABEL.htmlId(), new String[] {"x"}),
                Map.of("location", "/srv/export.zip", "service.pid", "org.thrivemis.roster.csv~a"));
        assertEquals("/srv/export.zip", outcome.properties().get("location"));
        assertFalse(outcome.properties().containsKey("service.pid"));
    }

    @Test
    void theFormShowsStoredValuesElseDefaultsAndListsOnePerLine() {
        assertEquals("0", ConfigForm.shown(MINUTES, Map.of()));
        assertEquals("60", ConfigForm.shown(MINUTES, Map.of("roster.source.schedule.minutes", 60)));
        assertEquals("a\nb", ConfigForm.shown(ROLES, Map.of("rolePermissions", new String[] {"a", "b"})));
    }
}

package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.thrivemis.api.ThriveRole.ADMIN;
import static org.thrivemis.api.ThriveRole.OFFICE;
import static org.thrivemis.api.ThriveRole.PRACTITIONER;
import static org.thrivemis.api.ThriveRole.SENIOR_LEAD;
import static org.thrivemis.api.ThriveRole.TEACHER;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;

class ConfiguredRoleMappingTest {

    private static Set<ThriveRole> rolesOf(ConfiguredRoleMapping mapping, String... hostRoles) {
        return mapping.actor("S-1", "Sam One", Set.of(hostRoles)).roles();
    }

    @Test
    void defaultsMapTheReferenceHostsRoleNames() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of()));

        assertEquals(Set.of(OFFICE), rolesOf(mapping, "office"));
        assertEquals(Set.of(TEACHER), rolesOf(mapping, "teacher"));
        assertEquals(Set.of(PRACTITIONER), rolesOf(mapping, "practitioner"));
        assertEquals(Set.of(SENIOR_LEAD), rolesOf(mapping, "senior"));
        assertEquals(Set.of(ADMIN), rolesOf(mapping, "admin"));
    }

    @Test
    void matchingIgnoresCaseAndUnknownHostRolesGiveNoRole() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of()));

        assertEquals(Set.of(TEACHER, SENIOR_LEAD), rolesOf(mapping, "Teacher", "SENIOR", "caretaker"));
        assertEquals(Set.of(), rolesOf(mapping, "caretaker"));
    }

    @Test
    void theActorKeepsTheHostsIdAndName() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of()));

        assertEquals(new Actor("S-1", "Sam One", Set.of(OFFICE)), mapping.actor("S-1", "Sam One", Set.of("office")));
    }

    @Test
    void configuredNamesReplaceTheDefaultsAndOneHostRoleMayGiveSeveral() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of(
                "office", new String[] {"Admin Officer", "Receptionist"},
                "teacher", new String[] {"Class Teacher", "HLTA"},
                "senior_lead", new String[] {"Head", "DSL"},
                "practitioner", new String[] {"DSL"})));

        assertEquals(Set.of(OFFICE), rolesOf(mapping, "receptionist"));
        assertEquals(Set.of(TEACHER), rolesOf(mapping, "hlta"));
        assertEquals(Set.of(SENIOR_LEAD, PRACTITIONER), rolesOf(mapping, "dsl"));
        assertEquals(Set.of(), rolesOf(mapping, "office"), "the default name no longer applies");
        assertEquals(Set.of(ADMIN), rolesOf(mapping, "admin"), "an attribute left unset keeps its default");
    }

    @Test
    void aCommaSeparatedValueAsAPlainCfgFileGivesItListsSeveralNames() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of(
                "office", new String[] {"office, Receptionist ,,"})));

        assertEquals(Set.of(OFFICE), rolesOf(mapping, "receptionist"));
        assertEquals(Set.of(OFFICE), rolesOf(mapping, "office"));
        assertEquals(Set.of(), rolesOf(mapping, ""));
    }

    @Test
    void aChangedConfigurationAppliesWithoutANewComponent() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of()));
        assertEquals(Set.of(), rolesOf(mapping, "bursar"));

        mapping.modified(Configs.of(RoleMappingConfig.class, Map.of("office", new String[] {" Bursar "})));

        assertEquals(Set.of(OFFICE), rolesOf(mapping, "bursar"));
        assertEquals(Set.of(), rolesOf(mapping, "office"));
    }
}

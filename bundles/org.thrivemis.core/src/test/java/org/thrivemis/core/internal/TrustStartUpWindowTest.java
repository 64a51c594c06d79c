package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.BEN;
import static org.thrivemis.core.internal.FakeSchool.CAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.SchoolScope;
import org.thrivemis.api.audit.AuditOutcome;

/**
 * A trust's host registers its school directory a moment after our bundles start. With
 * {@code school.directory = required} nobody sees any pupil in that window, and is told why; a
 * single-school host (the default, {@code optional}) keeps working without a directory.
 */
class TrustStartUpWindowTest {
    private final FakeSchool school = new FakeSchool();
    private final FakeTrust trust = new FakeTrust();

    private static ConfiguredRoleMapping mapping(String schoolDirectory) {
        return new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of("school_directory", schoolDirectory)));
    }

    @Test
    void onATrustNobodySeesAnySchoolUntilTheDirectoryIsThere() {
        ConfiguredRoleMapping mapping = mapping("required");

        assertEquals(SchoolScope.only(Set.of()), mapping.actor("S-SEN", "Sam Senior", Set.of("senior")).schools(),
                "a limited senior lead is not taken for a trust-wide one");
        assertEquals(SchoolScope.only(Set.of()), mapping.actor("S-TRUST", "Tara", Set.of("senior")).schools(),
                "nor, without the directory to say so, is a trust-wide one");

        mapping.schools = trust;
        assertEquals(SchoolScope.only(Set.of(FakeTrust.NORTH)), mapping.actor("S-SEN", "Sam", Set.of("senior")).schools());
        assertEquals(SchoolScope.every(), mapping.actor("S-TRUST", "Tara", Set.of("senior")).schools(),
                "once the directory is registered, its answer applies at the next request");

        mapping.schools = null;
        assertEquals(SchoolScope.only(Set.of()), mapping.actor("S-TRUST", "Tara", Set.of("senior")).schools(),
                "a directory that stops closes access again");
    }

    @Test
    void aSingleSchoolHostWithoutADirectoryStillSeesItsSchool() {
        assertEquals(SchoolScope.every(), mapping("optional").actor("S-SEN", "Sam", Set.of("senior")).schools());
        assertEquals(SchoolScope.every(), mapping(" Optional ").actor("S-SEN", "Sam", Set.of("senior")).schools(),
                "as a .cfg file may write it");
        ConfiguredRoleMapping byDefault = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of()));
        assertEquals(SchoolScope.every(), byDefault.actor("S-SEN", "Sam", Set.of("senior")).schools(),
                "the default is a single school, as before this setting");
    }

    @Test
    void aValueWeCannotReadFailsClosed() {
        ConfiguredRoleMapping mapping = mapping("trust");

        assertEquals(SchoolScope.only(Set.of()), mapping.actor("S-SEN", "Sam", Set.of("senior")).schools());
    }

    @Test
    void aChangedSettingAppliesAtOnce() {
        ConfiguredRoleMapping mapping = mapping("optional");
        mapping.modified(Configs.of(RoleMappingConfig.class, Map.of("school_directory", "REQUIRED")));

        assertEquals(SchoolScope.only(Set.of()), mapping.actor("S-SEN", "Sam", Set.of("senior")).schools());
    }

    @Test
    void theRefusalSaysTheMisHasNotSaidWhichSchoolsYet() {
        Actor waiting = mapping("required").actor("S-TRUST", "Tara Trust", Set.of("senior"));
        AccessPolicy starting = new AccessPolicy(school, FakeSchool.CLOCK, Optional::empty);

        assertFalse(starting.permits(waiting, Action.PROFILE_READ, AMY));
        assertEquals(Set.of(), starting.permitted(waiting, Action.CLASS_VIEW_READ, List.of(AMY, BEN, CAL)));
        String why = starting.refusal(waiting, Action.PROFILE_READ, AMY);
        assertTrue(why.startsWith(AccessPolicy.SCHOOLS_NOT_KNOWN_YET), why);
        assertTrue(starting.refusal(waiting, Action.RETENTION_PLAN).startsWith(AccessPolicy.SCHOOLS_NOT_KNOWN_YET),
                starting.refusal(waiting, Action.RETENTION_PLAN));
        assertTrue(starting.refusal(waiting, Action.ERASE, AMY).contains("does not let you"),
                "a role that may not do it at all is still told so first");

        AccessPolicy running = new AccessPolicy(school, FakeSchool.CLOCK, () -> Optional.of(trust));
        String northOnly = running.refusal(new Actor("S-SEN", "Sam", Set.of(org.thrivemis.api.ThriveRole.SENIOR_LEAD),
                SchoolScope.only(Set.of(FakeTrust.NORTH))), Action.PROFILE_READ, CAL);
        assertTrue(northOnly.contains("schools your MIS role covers"), "with the directory: the usual refusal");
    }

    @Test
    void aConsentReadInTheWindowIsRefusedAuditedAndExplained() {
        InMemoryThriveStore store = new InMemoryThriveStore();
        ConsentServiceImpl consent = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);
        Actor waiting = mapping("required").actor("S-OFF", "Olly Office", Set.of("office"));

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> consent.status(waiting, AMY));

        assertTrue(e.getMessage().contains("has not yet said which schools you cover"), e.getMessage());
        assertEquals(1, store.audit().size());
        assertEquals(AuditOutcome.DENIED, store.audit().get(0).outcome());
    }
}

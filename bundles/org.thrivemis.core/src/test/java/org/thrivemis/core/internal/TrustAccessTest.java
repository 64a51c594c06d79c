package org.thrivemis.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.core.internal.FakeSchool.AMY;
import static org.thrivemis.core.internal.FakeSchool.BEN;
import static org.thrivemis.core.internal.FakeSchool.CAL;
import static org.thrivemis.core.internal.FakeSchool.DEV;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.SchoolScope;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;

/** The access rules in a trust: a role reaches only the pupils and classes of the actor's schools. */
class TrustAccessTest {
    private final FakeSchool school = new FakeSchool();
    private final FakeTrust trust = new FakeTrust();
    private final AccessPolicy policy = new AccessPolicy(school, FakeSchool.CLOCK, () -> Optional.of(trust));

    /** Senior lead of North School: the broadest role, one school. */
    private static final Actor NORTH_SENIOR = new Actor("S-SEN", "Sam Senior", Set.of(ThriveRole.SENIOR_LEAD),
            SchoolScope.only(Set.of(FakeTrust.NORTH)));
    /** Teacher of Year 4 Ash at South School. */
    private static final Actor SOUTH_TEACHER = new Actor("T-ASH", "Ash Ashworth", Set.of(ThriveRole.TEACHER),
            SchoolScope.only(Set.of(FakeTrust.SOUTH)));
    private static final Actor TRUST_SENIOR = new Actor("S-TRUST", "Tara Trust", Set.of(ThriveRole.SENIOR_LEAD),
            SchoolScope.every());
    private static final Actor TRUST_ADMIN_OF_NORTH = new Actor("S-ADM", "Ada Admin", Set.of(ThriveRole.ADMIN),
            SchoolScope.only(Set.of(FakeTrust.NORTH)));

    @Test
    void aSeniorLeadOfOneSchoolReachesOnlyThatSchoolsPupils() {
        for (Action action : List.of(Action.CONSENT_READ, Action.PROFILE_READ, Action.PLAN_WRITE,
                Action.SUBJECT_ACCESS, Action.CLASS_VIEW_READ, Action.IMPACT_READ)) {
            assertTrue(policy.permits(NORTH_SENIOR, action, AMY), action + " for a pupil of North");
            assertFalse(policy.permits(NORTH_SENIOR, action, CAL), action + " for a pupil of South");
        }
        assertEquals(Set.of(AMY, BEN), policy.permitted(NORTH_SENIOR, Action.CLASS_VIEW_READ, List.of(AMY, CAL, BEN, DEV)));
    }

    @Test
    void aTrustWideRoleReachesEverySchool() {
        assertTrue(policy.permits(TRUST_SENIOR, Action.PROFILE_READ, AMY));
        assertTrue(policy.permits(TRUST_SENIOR, Action.PROFILE_READ, CAL));
        assertEquals(Set.of(AMY, CAL, BEN, DEV), policy.permitted(TRUST_SENIOR, Action.CLASS_VIEW_READ,
                List.of(AMY, CAL, BEN, DEV)));
        assertEquals(0, trust.pupilLookups, "an actor of every school needs no look-up");
    }

    @Test
    void theSchoolComesOnTopOfTheTeachersClasses() {
        assertTrue(policy.permits(SOUTH_TEACHER, Action.CONSENT_READ, CAL));
        assertTrue(policy.permitsClass(SOUTH_TEACHER, Action.SCREENING_WRITE, "4A"));
        assertFalse(policy.permitsClass(NORTH_SENIOR, Action.SCREENING_WRITE, "4A"), "a class of South");
        assertTrue(policy.permitsClass(NORTH_SENIOR, Action.SCREENING_WRITE, "3O"));
    }

    @Test
    void aBulkCheckAsksTheHostOnceNotOncePerPupil() {
        policy.permitted(NORTH_SENIOR, Action.CLASS_VIEW_READ, List.of(AMY, BEN, CAL, DEV));
        assertEquals(1, trust.pupilLookups);
    }

    @Test
    void theRefusalSaysItIsTheSchoolNotTheRole() {
        String why = policy.refusal(NORTH_SENIOR, Action.PROFILE_READ, CAL);
        assertTrue(why.contains("schools your MIS role covers"), why);
        assertTrue(policy.refusal(NORTH_SENIOR, Action.ERASE, CAL).contains("does not let you"),
                "a role that may not do it at all is told so first");
    }

    @Test
    void withoutTheHostsDirectoryAnActorLimitedToSomeSchoolsSeesNobody() {
        AccessPolicy closed = new AccessPolicy(school, FakeSchool.CLOCK, Optional::empty);
        assertFalse(closed.permits(NORTH_SENIOR, Action.PROFILE_READ, AMY));
        assertEquals(Set.of(), closed.permitted(NORTH_SENIOR, Action.PROFILE_READ, List.of(AMY, BEN)));
        assertTrue(closed.permits(TRUST_SENIOR, Action.PROFILE_READ, AMY), "a single-school host: every school");
    }

    @Test
    void theRetentionPolicyNeedsARoleOverEverySchool() {
        assertFalse(policy.permits(TRUST_ADMIN_OF_NORTH, Action.RETENTION_RUN));
        assertTrue(policy.refusal(TRUST_ADMIN_OF_NORTH, Action.RETENTION_RUN).contains("every school of the trust"));
        assertTrue(policy.permits(new Actor("S-ADM", "Ada Admin", Set.of(ThriveRole.ADMIN)), Action.RETENTION_RUN));
        assertTrue(policy.permits(TRUST_ADMIN_OF_NORTH, Action.AUDIT_SEARCH), "the audit search is filtered instead");
    }

    @Test
    void theRoleMappingTakesTheSchoolsFromTheHost() {
        ConfiguredRoleMapping mapping = new ConfiguredRoleMapping(Configs.of(RoleMappingConfig.class, Map.of()));
        assertEquals(SchoolScope.every(), mapping.actor("S-SEN", "Sam Senior", Set.of("senior")).schools(),
                "a host without a school directory serves one school");
        mapping.schools = trust;
        assertEquals(SchoolScope.only(Set.of(FakeTrust.NORTH)), mapping.actor("S-SEN", "Sam", Set.of("senior")).schools());
        assertEquals(SchoolScope.only(Set.of()), mapping.actor("S-NEW", "New", Set.of("senior")).schools(),
                "staff the host places in no school see none");
        assertEquals(SchoolScope.every(), mapping.actor("S-TRUST", "Tara", Set.of("senior")).schools(),
                "the host grants every school: a trust-wide actor, who may also run the trust's retention policy");
    }

    @Test
    void theAuditSearchLeavesOutOtherSchoolsAndRefusesNamingTheirPupil() {
        InMemoryThriveStore store = new InMemoryThriveStore();
        ConsentServiceImpl consent = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);
        AuditLogImpl log = new AuditLogImpl(store, school, FakeSchool.CLOCK);
        log.schools = trust;
        for (int i = 0; i < 3; i++) {
            consent.status(FakeSchool.OFFICE, CAL);
            consent.status(FakeSchool.OFFICE, AMY);
        }
        AuditQuery all = new AuditQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), 2);

        List<AuditEntry> page = log.search(NORTH_SENIOR, all);

        assertEquals(List.of(AMY, AMY), page.stream().map(AuditEntry::pupilId).toList(),
                "a full page of North's entries, though South's come in between");
        assertThrows(AccessDeniedException.class, () -> log.search(NORTH_SENIOR, AuditQuery.forPupil(CAL, 50)));
        AuditEntry last = store.audit().get(store.audit().size() - 1);
        assertEquals(List.of("audit.search", CAL, AuditOutcome.DENIED.name()),
                List.of(last.action(), last.pupilId(), last.outcome().name()));
    }

    @Test
    void aConsentReadOfAnotherSchoolsPupilIsRefusedAndAudited() {
        InMemoryThriveStore store = new InMemoryThriveStore();
        ConsentServiceImpl consent = new ConsentServiceImpl(store, school, school, FakeSchool.CLOCK);
        consent.schools = trust;

        AccessDeniedException e = assertThrows(AccessDeniedException.class, () -> consent.status(NORTH_SENIOR, CAL));

        assertTrue(e.getMessage().contains("schools your MIS role covers"), e.getMessage());
        assertEquals(List.of(new AuditEntry(1, Instant.parse("2025-03-10T09:30:00Z"), "S-SEN", "Sam Senior",
                "consent.read", CAL, store.audit().get(0).detail(), AuditOutcome.DENIED)), store.audit());
    }
}

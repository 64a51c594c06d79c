package org.thrivemis.core.internal.profile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.thrivemis.core.internal.profile.ProfileWorld.AMY;
import static org.thrivemis.core.internal.profile.ProfileWorld.TODAY;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * Who may read and record Amy's profiles (Year 3 Oak): practitioners and senior leads everything;
 * Oak's teacher reads only; Ash's teacher, office staff and admins nothing. Refusals are audited
 * and change nothing.
 */
class ProfileAccessTest {
    private final ProfileWorld world = new ProfileWorld();
    private final AssessmentServiceImpl service = world.service();

    static Stream<Arguments> matrix() {
        return Stream.of(
                Arguments.of(ProfileWorld.PRACTITIONER, true, true),
                Arguments.of(ProfileWorld.SENIOR_LEAD, true, true),
                Arguments.of(ProfileWorld.OAK_TEACHER, true, false),
                Arguments.of(ProfileWorld.ASH_TEACHER, false, false),
                Arguments.of(ProfileWorld.OFFICE, false, false),
                Arguments.of(ProfileWorld.ADMIN, false, false));
    }

    private Assessment existingDraft() {
        world.giveConsent(AMY);
        return service.start(ProfileWorld.PRACTITIONER, AMY, ProfileKind.BASELINE, "", TODAY);
    }

    @ParameterizedTest(name = "{0} reads: {1}")
    @MethodSource("matrix")
    void reading(Actor actor, boolean mayRead, boolean mayWrite) {
        Assessment draft = existingDraft();

        if (mayRead) {
            assertEquals(1, service.history(actor, AMY).size());
            assertEquals(draft, service.get(actor, draft.id()));
        } else {
            assertThrows(AccessDeniedException.class, () -> service.history(actor, AMY));
            assertThrows(AccessDeniedException.class, () -> service.get(actor, draft.id()));
            List<AuditEntry> denied = world.audit().stream().filter(a -> a.outcome() == AuditOutcome.DENIED).toList();
            assertEquals(2, denied.size());
            assertEquals(List.of("profile.read", "profile.read"), denied.stream().map(AuditEntry::action).toList());
        }
    }

    @ParameterizedTest(name = "{0} writes: {2}")
    @MethodSource("matrix")
    void writing(Actor actor, boolean mayRead, boolean mayWrite) {
        Assessment draft = existingDraft();

        if (mayWrite) {
            assertDoesNotThrow(() -> service.saveLevels(actor, draft.id(), draft.version(), Map.of("being-1", Level.SECURE)));
            assertDoesNotThrow(() -> service.start(actor, AMY, ProfileKind.BEHAVIOUR, "referred", TODAY));
        } else {
            AccessDeniedException e = assertThrows(AccessDeniedException.class,
                    () -> service.saveLevels(actor, draft.id(), draft.version(), Map.of("being-1", Level.SECURE)));
            assertThrows(AccessDeniedException.class,
                    () -> service.start(actor, AMY, ProfileKind.BEHAVIOUR, "referred", TODAY));
            assertThrows(AccessDeniedException.class, () -> service.complete(actor, draft.id(), draft.version()));
            assertEquals(List.of(draft), world.stored(), "nothing changed");
            assertEquals(3, world.audit().stream().filter(a -> a.outcome() == AuditOutcome.DENIED
                    && a.action().equals("profile.write")).count());
            assertEquals(true, e.getMessage().contains("record Thrive profiles"), e.getMessage());
        }
    }
}

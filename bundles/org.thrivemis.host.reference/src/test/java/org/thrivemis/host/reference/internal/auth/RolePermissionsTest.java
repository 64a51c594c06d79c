package org.thrivemis.host.reference.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.host.reference.internal.HostConfig;

class RolePermissionsTest {

    @Test
    void theDefaultsGiveEveryRolePupilsAndThriveSeniorLeadsTheEarlyWarningAndAdminAlsoMisAdmin() {
        RolePermissions permissions = RolePermissions.parse(defaults().rolePermissions(), p -> {
            throw new AssertionError(p);
        });
        for (String role : List.of("office", "teacher", "practitioner")) {
            assertEquals(Set.of("mis.pupils.view", "thrive.view"), permissions.permissionsFor(Set.of(role)), role);
        }
        assertEquals(Set.of("mis.pupils.view", "thrive.view", "thrive.early-warning"),
                permissions.permissionsFor(Set.of("senior")), "senior leads reach the admin area for the early warning");
        assertEquals(Set.of("mis.pupils.view", "thrive.view", "mis.admin", "thrive.early-warning"),
                permissions.permissionsFor(Set.of("admin")));
        assertEquals(Set.of(), permissions.permissionsFor(Set.of("governor")));
    }

    @Test
    void rolesAddUpAndBadEntriesAreReportedNotFatal() {
        List<String> problems = new ArrayList<>();
        RolePermissions permissions = RolePermissions.parse(
                new String[] {"teacher= a , b", "senior=c", "=x", "no equals sign", "teacher=d"}, problems::add);
        assertEquals(Set.of("a", "b", "c", "d"), permissions.permissionsFor(Set.of("teacher", "senior")));
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("role=permission"), problems.get(0));
    }

    /** The configuration's defaults, as DS would hand them over without a configuration. */
    static HostConfig defaults() {
        return new HostConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HostConfig.class;
            }

            @Override
            public long seed() {
                return 20260901L;
            }

            @Override
            public int classesPerYearGroup() {
                return 2;
            }

            @Override
            public int sessionTimeoutMinutes() {
                return 30;
            }

            @Override
            public String[] rolePermissions() {
                try {
                    return (String[]) HostConfig.class.getMethod("rolePermissions").getDefaultValue();
                } catch (NoSuchMethodException e) {
                    throw new AssertionError(e);
                }
            }
        };
    }
}

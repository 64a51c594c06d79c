package org.thrivemis.core.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.SchoolScope;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * Maps a host user's role names to Thrive roles from configuration {@value RoleMappingConfig#PID},
 * case-insensitively. A changed configuration applies at once, without restarting the component.
 * When the host serves several schools (it registers a {@link SchoolDirectory}), the actor carries
 * the schools the host says the member of staff may see; otherwise every school (there is one), unless
 * the configuration says the host is a trust ({@code school.directory = required}): then, until the
 * directory is registered, every actor sees no school at all (fail closed in the start-up window).
 */
@Component(service = RoleMapping.class, configurationPid = RoleMappingConfig.PID)
@Designate(ocd = RoleMappingConfig.class)
public class ConfiguredRoleMapping implements RoleMapping {
    private static final System.Logger LOG = System.getLogger(ConfiguredRoleMapping.class.getName());
    /** Lower-cased host role name to the Thrive roles it gives; replaced whole on a change. */
    private volatile Map<String, Set<ThriveRole>> table;
    /** Whether the host is a trust that must register a school directory before anyone sees a pupil. */
    private volatile boolean directoryRequired;

    /** The host's schools of a trust, when it serves several. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile SchoolDirectory schools;

    @Activate
    public ConfiguredRoleMapping(RoleMappingConfig config) {
        this.table = tableOf(config);
        this.directoryRequired = directoryRequired(config);
    }

    @Modified
    void modified(RoleMappingConfig config) {
        this.table = tableOf(config);
        this.directoryRequired = directoryRequired(config);
    }

    @Override
    public Actor actor(String userId, String displayName, Set<String> hostRoles) {
        Map<String, Set<ThriveRole>> current = table;
        Set<ThriveRole> roles = EnumSet.noneOf(ThriveRole.class);
        for (String hostRole : hostRoles) {
            roles.addAll(current.getOrDefault(key(hostRole), Set.of()));
        }
        SchoolDirectory directory = schools;
        return new Actor(userId, displayName, roles, scopeOf(directory, directoryRequired, userId));
    }

    /**
     * Every school without a directory on a single-school host, none on a trust's host whose directory
     * is not there yet; with a directory, every school when the host grants them all, else the host's list.
     */
    private static SchoolScope scopeOf(SchoolDirectory directory, boolean required, String userId) {
        if (directory == null) {
            return required ? SchoolScope.only(Set.of()) : SchoolScope.every();
        }
        Set<String> keys = directory.schoolsOfStaff(userId);
        boolean all = !keys.isEmpty() && directory.schools().stream().allMatch(s -> keys.contains(s.key()));
        return all ? SchoolScope.every() : SchoolScope.only(keys);
    }

    /**
     * Whether {@code school.directory} says the host is a trust. A value we cannot read is taken as
     * "required" (the safe side for children's data) and logged with what to write instead.
     */
    private static boolean directoryRequired(RoleMappingConfig config) {
        String value = Objects.requireNonNullElse(config.school_directory(), "").strip();
        if (value.isEmpty() || value.equalsIgnoreCase(RoleMappingConfig.SCHOOL_DIRECTORY_OPTIONAL)) {
            return false;
        }
        if (!value.equalsIgnoreCase(RoleMappingConfig.SCHOOL_DIRECTORY_REQUIRED)) {
            LOG.log(System.Logger.Level.ERROR, "Configuration " + RoleMappingConfig.PID + ": school.directory = \""
                    + value + "\" is neither \"optional\" nor \"required\"; treating it as \"required\" (nobody"
                    + " sees pupils until the MIS's school directory runs). Write \"optional\" for a single school,"
                    + " \"required\" for a trust.");
        }
        return true;
    }

    private static Map<String, Set<ThriveRole>> tableOf(RoleMappingConfig config) {
        Map<String, Set<ThriveRole>> table = new HashMap<>();
        for (ThriveRole role : ThriveRole.values()) {
            for (String entry : hostRolesFor(config, role)) {
                // a .cfg file gives one string, so "office, receptionist" must work as well as an array
                for (String hostRole : entry == null ? new String[0] : entry.split(",")) {
                    if (!hostRole.isBlank()) {
                        table.computeIfAbsent(key(hostRole), k -> EnumSet.noneOf(ThriveRole.class)).add(role);
                    }
                }
            }
        }
        return Map.copyOf(table);
    }

    /** The configured host role names for a Thrive role; a new ThriveRole will not compile until it has an attribute. */
    private static String[] hostRolesFor(RoleMappingConfig config, ThriveRole role) {
        String[] names = switch (role) {
            case OFFICE -> config.office();
            case TEACHER -> config.teacher();
            case PRACTITIONER -> config.practitioner();
            case SENIOR_LEAD -> config.senior_lead();
            case ADMIN -> config.admin();
        };
        return Objects.requireNonNullElse(names, new String[0]);
    }

    private static String key(String hostRole) {
        return hostRole.strip().toLowerCase(Locale.ROOT);
    }
}

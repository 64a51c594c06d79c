package org.thrivemis.roster.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.mis.api.Upn;

/**
 * Maps OneRoster JSON records (1.1 and 1.2 shapes) onto roster records: orgs of type school,
 * classes with their school reference, users by role (1.1 {@code role} + {@code orgs}; 1.2
 * {@code roles[]} with {@code org}) — students as pupils with the UPN from {@code userIds} or
 * {@code identifier} and a birth date where the provider sends one, staff roles as staff —
 * and student/teacher enrollments with their dates. Status {@code tobedeleted} is a removal in
 * a delta and left out of a full read. Problems go to the sink as issues naming the page URL.
 */
final class RecordMapper {
    private static final Set<String> STAFF_ROLES = Set.of("teacher", "administrator", "aide", "proctor",
            "principal", "siteadministrator", "districtadministrator", "systemadministrator");
    private static final Set<String> NOT_ROSTER_ROLES = Set.of("guardian", "parent", "relative", "student.guardian");

    private final RosterSink sink;
    private final boolean delta;
    private final boolean v12;
    private final Set<String> otherOrgs = new HashSet<>();

    /**
     * @param version "1.1" or "1.2": which of {@code role} and {@code roles[]} wins when a provider
     *        sends both (some 1.1 providers add 1.2 fields, some 1.2 providers keep the 1.1 ones)
     */
    RecordMapper(RosterSink sink, boolean delta, String version) {
        this.sink = sink;
        this.delta = delta;
        this.v12 = version.equals("1.2");
    }

    void org(JsonNode org, Origin origin) {
        String id = required(org, "sourcedId", origin);
        if (id == null) {
            return;
        }
        String type = text(org, "type").toLowerCase(Locale.ROOT);
        if (!type.equals("school")) {
            // districts, trusts and the like are not schools, but users may still name them
            otherOrgs.add(id);
            if (!(deleted(org) && type.isEmpty())) {
                return;
            }
        }
        if (deleted(org)) {
            removal(RosterEntity.SCHOOL, id, origin);
            return;
        }
        String name = required(org, "name", origin);
        if (name != null) {
            sink.school(new RosterSchool(id, name, origin));
        }
    }

    void schoolClass(JsonNode c, Origin origin) {
        String id = required(c, "sourcedId", origin);
        if (id == null) {
            return;
        }
        if (deleted(c)) {
            removal(RosterEntity.CLASS, id, origin);
            return;
        }
        String title = required(c, "title", origin);
        String school = reference(c, "school", origin);
        if (title != null && school != null) {
            sink.schoolClass(new RosterClass(id, school, title, origin));
        }
    }

    void user(JsonNode u, Origin origin) {
        String id = required(u, "sourcedId", origin);
        if (id == null) {
            return;
        }
        String role = role(u);
        boolean pupil = role.equals("student");
        boolean staff = STAFF_ROLES.contains(role);
        if (!pupil && !staff) {
            if (!NOT_ROSTER_ROLES.contains(role) && !deleted(u)) {
                sink.issue(SyncIssue.error(origin, "role", role, "User " + id + " has no OneRoster role this sync"
                        + " knows (student, teacher, administrator, guardian…). Correct it at the provider."));
            }
            return;
        }
        if (deleted(u)) {
            removal(pupil ? RosterEntity.PUPIL : RosterEntity.STAFF, id, origin);
            return;
        }
        String given = required(u, "givenName", origin);
        String family = required(u, "familyName", origin);
        if (given == null || family == null) {
            return;
        }
        List<String> schools = schools(u);
        if (pupil) {
            Optional<Optional<LocalDate>> dob = date(birthDate(u), "birthDate", origin);
            if (dob.isEmpty()) {
                return;
            }
            sink.pupil(new RosterPupil(id, upn(u, origin), given, family, dob.get(), schools, origin));
        } else {
            sink.staff(new RosterStaff(id, given, family, schools, origin));
        }
    }

    void enrollment(JsonNode e, Origin origin) {
        String id = required(e, "sourcedId", origin);
        if (id == null) {
            return;
        }
        String role = text(e, "role").toLowerCase(Locale.ROOT);
        EnrollmentRole kind = role.equals("student") ? EnrollmentRole.PUPIL
                : role.equals("teacher") ? EnrollmentRole.TEACHER : null;
        if (kind == null) {
            if (role.isEmpty() && !deleted(e)) {
                sink.issue(SyncIssue.error(origin, "role", "", "Enrollment " + id + " has no role: the provider"
                        + " must send student or teacher (others are not part of the roster)."));
            }
            return;
        }
        if (deleted(e)) {
            removal(RosterEntity.ENROLLMENT, id, origin);
            return;
        }
        String classId = reference(e, "class", origin);
        String userId = reference(e, "user", origin);
        Optional<Optional<LocalDate>> begin = date(text(e, "beginDate"), "beginDate", origin);
        Optional<Optional<LocalDate>> end = date(text(e, "endDate"), "endDate", origin);
        if (classId != null && userId != null && begin.isPresent() && end.isPresent()) {
            sink.enrollment(new RosterEnrollment(id, classId, userId, kind, begin.get(), end.get(), origin));
        }
    }

    /** 1.2: the primary entry of {@code roles[]}; 1.1: {@code role}; the other shape when that is missing. */
    private String role(JsonNode u) {
        String single = text(u, "role").toLowerCase(Locale.ROOT);
        if (!v12 && !single.isEmpty()) {
            return single;
        }
        JsonNode roles = u.get("roles");
        if (roles != null && roles.isArray() && !roles.isEmpty()) {
            for (JsonNode r : roles) {
                if (text(r, "roleType").equalsIgnoreCase("primary")) {
                    return text(r, "role").toLowerCase(Locale.ROOT);
                }
            }
            return text(roles.get(0), "role").toLowerCase(Locale.ROOT);
        }
        return single;
    }

    /** 1.1 {@code orgs[]}, 1.2 {@code roles[].org} and {@code primaryOrg}; orgs known not to be schools left out. */
    private List<String> schools(JsonNode u) {
        Set<String> ids = new LinkedHashSet<>();
        JsonNode orgs = u.get("orgs");
        if (orgs != null && orgs.isArray()) {
            orgs.forEach(o -> ids.add(text(o, "sourcedId")));
        }
        JsonNode roles = u.get("roles");
        if (roles != null && roles.isArray()) {
            roles.forEach(r -> ids.add(text(r.path("org"), "sourcedId")));
        }
        ids.add(text(u.path("primaryOrg"), "sourcedId"));
        ids.remove("");
        ids.removeAll(otherOrgs);
        return new ArrayList<>(ids);
    }

    /** A {@code UPN} entry of {@code userIds}, else {@code identifier} when it is a valid UPN. */
    private Optional<String> upn(JsonNode u, Origin origin) {
        JsonNode userIds = u.get("userIds");
        if (userIds != null && userIds.isArray()) {
            for (JsonNode id : userIds) {
                if (text(id, "type").equalsIgnoreCase("UPN")) {
                    String upn = text(id, "identifier").toUpperCase(Locale.ROOT);
                    Optional<String> problem = Upn.problem(upn);
                    if (problem.isEmpty()) {
                        return Optional.of(upn);
                    }
                    sink.issue(SyncIssue.warning(origin, "userIds", upn, "This UPN is not valid (" + problem.get()
                            + "); the pupil was synced without it. Correct it in the MIS."));
                }
            }
        }
        String identifier = text(u, "identifier").toUpperCase(Locale.ROOT);
        return Upn.isValid(identifier) ? Optional.of(identifier) : Optional.empty();
    }

    /** Providers that send a birth date put it on the user, in its metadata, or in embedded demographics. */
    private static String birthDate(JsonNode u) {
        for (JsonNode n : List.of(u, u.path("metadata"), u.path("demographics"))) {
            String d = text(n, "birthDate");
            if (!d.isEmpty()) {
                return d;
            }
        }
        return "";
    }

    private Optional<Optional<LocalDate>> date(String value, String field, Origin origin) {
        if (value.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        try {
            // 1.2 allows a date-time here; the day is what the roster keeps
            return Optional.of(Optional.of(LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)));
        } catch (DateTimeParseException e) {
            sink.issue(SyncIssue.error(origin, field, value, "This is not a date in the form YYYY-MM-DD, e.g."
                    + " 2025-09-01. Correct it at the provider."));
            return Optional.empty();
        }
    }

    private boolean deleted(JsonNode n) {
        return text(n, "status").equalsIgnoreCase("tobedeleted");
    }

    private void removal(RosterEntity entity, String id, Origin origin) {
        // a full read lists current records; a deleted one there is simply not current
        if (delta) {
            sink.removal(new RosterRemoval(entity, id, origin));
        }
    }

    private String required(JsonNode n, String field, Origin origin) {
        String v = text(n, field);
        if (v.isEmpty()) {
            sink.issue(SyncIssue.error(origin, field, "", "A record" + idOf(n) + " has no " + field
                    + ", which the roster needs. Correct it at the provider."));
            return null;
        }
        return v;
    }

    /** The {@code sourcedId} of a GUID reference such as {@code "school": {"sourcedId": …}}. */
    private String reference(JsonNode n, String field, Origin origin) {
        String v = text(n.path(field), "sourcedId");
        if (v.isEmpty()) {
            sink.issue(SyncIssue.error(origin, field + ".sourcedId", "", "Record" + idOf(n) + " has no "
                    + field + " reference, which the roster needs. Correct it at the provider."));
            return null;
        }
        return v;
    }

    private static String idOf(JsonNode n) {
        String id = text(n, "sourcedId");
        return id.isEmpty() ? "" : " " + id;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? "" : v.asText().strip();
    }
}

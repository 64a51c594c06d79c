package org.thrivemis.roster.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.EnrollmentRole;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterSink;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.mis.api.Upn;

/**
 * Maps a OneRoster 1.1/1.2 CSV dataset onto roster records, as the manifest says: orgs of type
 * school become schools, users with role student pupils and staff roles staff (guardians are not
 * part of the roster), classes, and the student and teacher enrollments. Birth dates come from
 * {@code demographics.csv} where present; the UPN from {@code identifier} or a {@code {UPN:…}}
 * entry in {@code userIds}. In OneRoster 1.2 a user's roles may come from {@code roles.csv} instead, one
 * row per role and org (a teacher at two schools, a student who is also a sibling's guardian).
 */
final class OneRosterCsvReader {
    private static final Set<String> STAFF_ROLES = Set.of("teacher", "administrator", "aide", "proctor",
            "principal", "siteadministrator", "districtadministrator", "systemadministrator");
    private static final Set<String> NOT_ROSTER_ROLES = Set.of("guardian", "parent", "relative", "student.guardian");
    private static final Set<String> OTHER_ORG_TYPES = Set.of("district", "local", "state", "national",
            "department", "trust");

    private final CsvFiles files;
    private final CsvLimits limits;
    private final RosterSink sink;
    private final Set<String> otherOrgs = new HashSet<>();
    private final Map<String, LocalDate> birthDates = new HashMap<>();
    /** From roles.csv (OneRoster 1.2): each user's roles, in file order. */
    private final Map<String, List<UserRole>> roles = new HashMap<>();
    /** Users roles.csv names, even with a role refused there (reported once, at that row). */
    private final Set<String> inRolesFile = new HashSet<>();
    private boolean rolesFile;
    private Manifest manifest;

    OneRosterCsvReader(CsvFiles files, CsvLimits limits, RosterSink sink) {
        this.files = files;
        this.limits = limits;
        this.sink = sink;
    }

    RosterRead read() throws IOException {
        Optional<Manifest> m = Manifest.read(files.open(Manifest.FILE), limits, sink::issue);
        if (m.isEmpty()) {
            return new RosterRead(Map.of());
        }
        manifest = m.get();
        file("orgs", List.of("sourcedId", "name", "type"), this::org);
        file("demographics", List.of("sourcedId", "birthDate"), this::demographic);
        if (manifest.version().equals("1.2") && manifest.coverage("roles") != Coverage.ABSENT) {
            // OneRoster 1.2 moves a user's roles, one row per role and org, to roles.csv
            file("roles", List.of("userSourcedId", "roleType", "role", "orgSourcedId"), this::role);
            rolesFile = true;
        }
        file("users", rolesFile ? List.of("sourcedId", "givenName", "familyName")
                : List.of("sourcedId", "role", "givenName", "familyName", "orgSourcedIds"), this::user);
        file("classes", List.of("sourcedId", "title", "schoolSourcedId"), this::schoolClass);
        file("enrollments", List.of("sourcedId", "classSourcedId", "userSourcedId", "role"), this::enrollment);
        Map<RosterEntity, Coverage> coverage = new EnumMap<>(RosterEntity.class);
        coverage.put(RosterEntity.SCHOOL, manifest.coverage("orgs"));
        coverage.put(RosterEntity.PUPIL, manifest.coverage("users"));
        coverage.put(RosterEntity.STAFF, manifest.coverage("users"));
        coverage.put(RosterEntity.CLASS, manifest.coverage("classes"));
        coverage.put(RosterEntity.ENROLLMENT, manifest.coverage("enrollments"));
        return new RosterRead(coverage);
    }

    private interface RowHandler {
        void row(CsvRow row, Coverage coverage);
    }

    private void file(String name, List<String> required, RowHandler handler) throws IOException {
        String file = name + ".csv";
        Coverage coverage = manifest.coverage(name.toLowerCase(Locale.ROOT));
        Optional<InputStream> in = files.open(file);
        if (coverage == Coverage.ABSENT) {
            if (in.isPresent()) {
                in.get().close();
                sink.issue(SyncIssue.warning(Origin.file(file), "file." + name, "absent", "The manifest marks "
                        + file + " absent, so the file in the dataset was not read."));
            }
            return;
        }
        if (in.isEmpty()) {
            sink.issue(SyncIssue.error(Origin.file(Manifest.FILE), "file." + name, coverage.name().toLowerCase(
                    Locale.ROOT), "The manifest lists " + file + " as " + coverage.name().toLowerCase(Locale.ROOT)
                            + " but the dataset has no such file. Add the file or mark it absent."));
            return;
        }
        sink.progress("Reading " + file);
        List<String> columns = new ArrayList<>(required);
        if (coverage == Coverage.DELTA) {
            columns.add("status");
            columns.add("dateLastModified");
        }
        try (InputStream stream = in.get()) {
            new CsvTable(file, limits, sink::issue).read(stream, columns, row -> handler.row(row, coverage));
        }
    }

    private void org(CsvRow row, Coverage coverage) {
        Optional<Boolean> active = RowReading.active(row, coverage, sink);
        if (active.isEmpty()) {
            return;
        }
        String type = row.get("type").toLowerCase(Locale.ROOT);
        if (!type.equals("school")) {
            otherOrgs.add(row.get("sourcedId"));
            if (!OTHER_ORG_TYPES.contains(type)) {
                sink.issue(SyncIssue.warning(row.origin(), "type", row.get("type"), "Only orgs of type school"
                        + " become schools; this org was not."));
            }
            return;
        }
        if (!active.get()) {
            removal(RosterEntity.SCHOOL, row, coverage);
            return;
        }
        sink.school(new RosterSchool(row.get("sourcedId"), row.get("name"), row.origin()));
    }

    private void demographic(CsvRow row, Coverage coverage) {
        RowReading.date(row, "birthDate", sink).flatMap(d -> d)
                .ifPresent(d -> birthDates.put(row.get("sourcedId"), d));
    }

    /** One row of roles.csv: a user's role at an org; primary or secondary. */
    private record UserRole(String role, boolean primary, String org) {
    }

    private void role(CsvRow row, Coverage coverage) {
        Optional<Boolean> active = RowReading.active(row, coverage, sink);
        if (active.isEmpty() || !active.get()) {
            // a role that is going away: the user's remaining roles decide what they are
            return;
        }
        inRolesFile.add(row.get("userSourcedId"));
        String role = row.get("role").toLowerCase(Locale.ROOT);
        if (!role.equals("student") && !STAFF_ROLES.contains(role) && !NOT_ROSTER_ROLES.contains(role)) {
            sink.issue(SyncIssue.error(row.origin(), "role", row.get("role"), "The role must be a OneRoster"
                    + " role such as student, teacher, administrator or guardian."));
            return;
        }
        roles.computeIfAbsent(row.get("userSourcedId"), k -> new ArrayList<>()).add(new UserRole(role,
                row.get("roleType").equalsIgnoreCase("primary"), row.get("orgSourcedId")));
    }

    /**
     * What a user of roles.csv is: their primary role if it is a roster role, else student if any
     * role is, else staff if any is; their schools are the orgs of the roles of that kind.
     */
    private Optional<UserRole> roleOf(List<UserRole> held) {
        Optional<UserRole> primary = held.stream().filter(UserRole::primary)
                .filter(r -> r.role().equals("student") || STAFF_ROLES.contains(r.role())).findFirst();
        return primary.or(() -> held.stream().filter(r -> r.role().equals("student")).findFirst())
                .or(() -> held.stream().filter(r -> STAFF_ROLES.contains(r.role())).findFirst());
    }

    private void user(CsvRow row, Coverage coverage) {
        Optional<Boolean> active = RowReading.active(row, coverage, sink);
        if (active.isEmpty()) {
            return;
        }
        String role;
        List<String> orgs;
        List<UserRole> held = roles.getOrDefault(row.get("sourcedId"), List.of());
        if (rolesFile && !held.isEmpty()) {
            Optional<UserRole> chosen = roleOf(held);
            if (chosen.isEmpty()) {
                return; // guardians and other roles outside the roster
            }
            role = chosen.get().role();
            boolean student = role.equals("student");
            orgs = held.stream().filter(r -> student ? r.role().equals("student") : STAFF_ROLES.contains(r.role()))
                    .map(UserRole::org).filter(o -> !o.isEmpty()).distinct().toList();
        } else if (rolesFile && row.get("role").isEmpty()) {
            if (active.get() && !inRolesFile.contains(row.get("sourcedId"))) {
                sink.issue(SyncIssue.error(row.origin(), "sourcedId", row.get("sourcedId"), "This user has no role in"
                        + " roles.csv: add a row for them there (role student or teacher, with their school)."));
            }
            return;
        } else {
            role = row.get("role").toLowerCase(Locale.ROOT);
            orgs = RowReading.list(row, "orgSourcedIds");
        }
        boolean pupil = role.equals("student");
        boolean staff = STAFF_ROLES.contains(role);
        if (!pupil && !staff) {
            if (!NOT_ROSTER_ROLES.contains(role)) {
                sink.issue(SyncIssue.error(row.origin(), "role", row.get("role"), "The role must be a OneRoster"
                        + " role such as student, teacher, administrator or guardian."));
            }
            return;
        }
        if (!active.get()) {
            removal(pupil ? RosterEntity.PUPIL : RosterEntity.STAFF, row, coverage);
            return;
        }
        List<String> schools = orgs.stream().filter(o -> !otherOrgs.contains(o)).toList();
        if (pupil) {
            sink.pupil(new RosterPupil(row.get("sourcedId"), upn(row), row.get("givenName"), row.get("familyName"),
                    Optional.ofNullable(birthDates.get(row.get("sourcedId"))), schools, row.origin()));
        } else {
            sink.staff(new RosterStaff(row.get("sourcedId"), row.get("givenName"), row.get("familyName"), schools,
                    row.origin()));
        }
    }

    private Optional<String> upn(CsvRow row) {
        for (String id : RowReading.list(row, "userIds")) {
            // OneRoster writes typed ids as {type:value}
            String inner = id.startsWith("{") && id.endsWith("}") ? id.substring(1, id.length() - 1) : id;
            int colon = inner.indexOf(':');
            if (colon > 0 && inner.substring(0, colon).strip().equalsIgnoreCase("UPN")) {
                String upn = inner.substring(colon + 1).strip().toUpperCase(Locale.ROOT);
                Optional<String> problem = Upn.problem(upn);
                if (problem.isEmpty()) {
                    return Optional.of(upn);
                }
                sink.issue(SyncIssue.warning(row.origin(), "userIds", id, "This UPN is not valid (" + problem.get()
                        + "); the pupil was synced without it. Correct it in the MIS."));
            }
        }
        String identifier = row.get("identifier").toUpperCase(Locale.ROOT);
        return Upn.isValid(identifier) ? Optional.of(identifier) : Optional.empty();
    }

    private void schoolClass(CsvRow row, Coverage coverage) {
        Optional<Boolean> active = RowReading.active(row, coverage, sink);
        if (active.isEmpty()) {
            return;
        }
        if (!active.get()) {
            removal(RosterEntity.CLASS, row, coverage);
            return;
        }
        sink.schoolClass(new RosterClass(row.get("sourcedId"), row.get("schoolSourcedId"), row.get("title"),
                row.origin()));
    }

    private void enrollment(CsvRow row, Coverage coverage) {
        Optional<Boolean> active = RowReading.active(row, coverage, sink);
        if (active.isEmpty()) {
            return;
        }
        String role = row.get("role").toLowerCase(Locale.ROOT);
        EnrollmentRole kind = role.equals("student") ? EnrollmentRole.PUPIL
                : role.equals("teacher") ? EnrollmentRole.TEACHER : null;
        if (kind == null) {
            if (role.isEmpty()) {
                sink.issue(SyncIssue.error(row.origin(), "role", "", "The enrollment has no role: give student or"
                        + " teacher (others are not part of the roster)."));
            }
            return;
        }
        if (!active.get()) {
            removal(RosterEntity.ENROLLMENT, row, coverage);
            return;
        }
        Optional<Optional<LocalDate>> begin = RowReading.date(row, "beginDate", sink);
        Optional<Optional<LocalDate>> end = RowReading.date(row, "endDate", sink);
        if (begin.isEmpty() || end.isEmpty()) {
            return;
        }
        sink.enrollment(new RosterEnrollment(row.get("sourcedId"), row.get("classSourcedId"),
                row.get("userSourcedId"), kind, begin.get(), end.get(), row.origin()));
    }

    private void removal(RosterEntity entity, CsvRow row, Coverage coverage) {
        if (coverage != Coverage.DELTA) {
            sink.issue(SyncIssue.warning(row.origin(), "status", row.get("status"), "A bulk file lists every"
                    + " current record, so a row marked tobedeleted was left out."));
            return;
        }
        sink.removal(new RosterRemoval(entity, row.get("sourcedId"), row.origin()));
    }
}

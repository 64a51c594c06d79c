package org.thrivemis.roster.rest.testserver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.thrivemis.mis.api.Upn;

/**
 * A small generated trust served by {@link OneRosterTestServer}: a trust org, schools, classes,
 * pupils and teachers with UPNs and birth dates, and enrollments. Everything was last modified at
 * {@link #BULK_TIME}; a later round of changes at {@link #CHANGE_TIME} adds pupils, renames a class
 * and marks some pupils and their enrollments {@code tobedeleted}, so a delta read has something to
 * find. Records render in the OneRoster 1.1 or 1.2 JSON shape.
 */
public final class TestTrust {
    public static final Instant BULK_TIME = Instant.parse("2025-09-01T08:00:00Z");
    public static final Instant CHANGE_TIME = Instant.parse("2025-10-01T08:00:00Z");
    /** Pupils marked tobedeleted in the change round (by index among the bulk pupils). */
    public static final int DELETED_PUPILS = 3;
    /** Pupils added in the change round. */
    public static final int NEW_PUPILS = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One record: its fields (without status and date), when it changed and whether it is deleted. */
    public record Rec(String sourcedId, Map<String, Object> fields, Instant modified, boolean deleted) {
    }

    public final List<Rec> orgs = new ArrayList<>();
    public final List<Rec> classes = new ArrayList<>();
    public final List<Rec> users = new ArrayList<>();
    public final List<Rec> enrollments = new ArrayList<>();
    public final int schools;
    public final int classesPerSchool;
    public final int pupilsPerClass;

    public TestTrust(int schools, int classesPerSchool, int pupilsPerClass) {
        this.schools = schools;
        this.classesPerSchool = classesPerSchool;
        this.pupilsPerClass = pupilsPerClass;
        orgs.add(new Rec("trust-1", Map.of("name", "Oakfield Learning Trust", "type", "district"), BULK_TIME, false));
        int pupil = 0;
        for (int s = 1; s <= schools; s++) {
            String school = "sch-" + s;
            orgs.add(new Rec(school, Map.of("name", "School " + s + " Primary", "type", "school", "parent",
                    "trust-1"), BULK_TIME, false));
            for (int c = 1; c <= classesPerSchool; c++) {
                String cls = school + "-cls-" + c;
                boolean renamed = s == 1 && c == 1;
                classes.add(new Rec(cls, Map.of("title", (renamed ? "Year " + c + " Willow" : "Year " + c + " Oak")
                        + " (" + s + ")", "school", school), renamed ? CHANGE_TIME : BULK_TIME, false));
                String teacher = "tch-" + s + "-" + c;
                users.add(new Rec(teacher, Map.of("givenName", "Teacher", "familyName", "Number" + s + c, "role",
                        "teacher", "org", school), BULK_TIME, false));
                enrollments.add(new Rec("enr-" + teacher, Map.of("class", cls, "user", teacher, "school", school,
                        "role", "teacher", "beginDate", "2025-09-01"), BULK_TIME, false));
                for (int p = 0; p < pupilsPerClass; p++) {
                    pupil++;
                    addPupil(pupil, school, cls, pupil <= DELETED_PUPILS, BULK_TIME);
                }
            }
        }
        for (int n = 1; n <= NEW_PUPILS; n++) {
            addPupil(pupil + n, "sch-1", "sch-1-cls-1", false, CHANGE_TIME);
        }
    }

    private TestTrust() {
        this.schools = 0;
        this.classesPerSchool = 0;
        this.pupilsPerClass = 0;
    }

    /** A trust without records, for a caller that fills the lists itself (e.g. from a CSV dataset). */
    public static TestTrust empty() {
        return new TestTrust();
    }

    /** A default trust: 2 schools, 3 classes each, 15 pupils per class (90 pupils, 6 teachers, +2 joiners). */
    public static TestTrust small() {
        return new TestTrust(2, 3, 15);
    }

    private void addPupil(int n, String school, String cls, boolean deletedLater, Instant created) {
        String id = "stu-" + n;
        String upn = Upn.withCheckLetter(String.format("%011d", 820_000_000L + n) + (n % 10));
        Instant modified = deletedLater ? CHANGE_TIME : created;
        users.add(new Rec(id, Map.of("givenName", "Pupil", "familyName", "Number" + n, "role", "student", "org",
                school, "upn", upn, "birthDate", LocalDate.of(2017, 9, 1).plusDays(n % 365).toString()), modified,
                deletedLater));
        enrollments.add(new Rec("enr-" + id, Map.of("class", cls, "user", id, "school", school, "role", "student",
                "beginDate", created.equals(BULK_TIME) ? "2025-09-01" : "2025-10-01"), modified, deletedLater));
    }

    /** Pupils current after the change round. */
    public long currentPupils() {
        return users.stream().filter(u -> u.fields.get("role").equals("student") && !u.deleted).count();
    }

    public long currentTeachers() {
        return users.stream().filter(u -> u.fields.get("role").equals("teacher") && !u.deleted).count();
    }

    public long currentEnrollments() {
        return enrollments.stream().filter(e -> !e.deleted).count();
    }

    /** The records of a collection, or null for one this trust does not serve. */
    public List<Rec> collection(String name) {
        return switch (name) {
        case "orgs" -> orgs;
        case "classes" -> classes;
        case "users" -> users;
        case "enrollments" -> enrollments;
        default -> null;
        };
    }

    /** One record in the JSON shape of the OneRoster version ("1.1" or "1.2"). */
    public static ObjectNode render(String collection, Rec r, String version, String baseUrl) {
        boolean v12 = version.equals("1.2");
        ObjectNode o = JSON.createObjectNode();
        o.put("sourcedId", r.sourcedId);
        o.put("status", r.deleted ? "tobedeleted" : "active");
        o.put("dateLastModified", r.modified.toString());
        Map<String, Object> f = r.fields;
        switch (collection) {
        case "orgs" -> {
            o.put("name", (String) f.get("name"));
            o.put("type", (String) f.get("type"));
            o.put("identifier", r.sourcedId.toUpperCase());
            if (f.containsKey("parent")) {
                o.set("parent", ref(baseUrl, "orgs", (String) f.get("parent"), "org"));
            }
            o.set("children", JSON.createArrayNode());
        }
        case "classes" -> {
            o.put("title", (String) f.get("title"));
            o.put("classCode", r.sourcedId);
            o.put("classType", "homeroom");
            o.put("location", "Room " + r.sourcedId.hashCode() % 20);
            o.set("grades", JSON.createArrayNode());
            o.set("course", ref(baseUrl, "courses", "course-" + r.sourcedId, "course"));
            o.set("school", ref(baseUrl, "orgs", (String) f.get("school"), "org"));
            o.set("terms", JSON.createArrayNode().add(ref(baseUrl, "terms", "term-2025", "academicSession")));
        }
        case "users" -> {
            String role = (String) f.get("role");
            o.put("username", r.sourcedId + "@trust.example");
            ArrayNode ids = o.putArray("userIds");
            if (f.containsKey("upn")) {
                ids.addObject().put("type", "UPN").put("identifier", (String) f.get("upn"));
                o.put("identifier", (String) f.get("upn"));
            } else {
                o.put("identifier", "");
            }
            if (v12) {
                o.put("enabledUser", true);
                o.put("userMasterIdentifier", r.sourcedId);
            } else {
                o.put("enabledUser", "true");
            }
            o.put("givenName", (String) f.get("givenName"));
            o.put("familyName", (String) f.get("familyName"));
            o.put("middleName", "");
            ObjectNode org = ref(baseUrl, "orgs", (String) f.get("org"), "org");
            if (v12) {
                o.putArray("roles").addObject().put("roleType", "primary").put("role", role).set("org", org);
                o.set("primaryOrg", org.deepCopy());
            } else {
                o.put("role", role);
                o.putArray("orgs").add(org);
            }
            o.put("email", r.sourcedId + "@trust.example");
            o.putArray("grades");
            if (f.containsKey("birthDate")) {
                o.putObject("metadata").put("birthDate", (String) f.get("birthDate"));
            }
        }
        case "enrollments" -> {
            o.set("user", ref(baseUrl, "users", (String) f.get("user"), "user"));
            o.set("class", ref(baseUrl, "classes", (String) f.get("class"), "class"));
            o.set("school", ref(baseUrl, "orgs", (String) f.get("school"), "org"));
            o.put("role", (String) f.get("role"));
            if (v12) {
                o.put("primary", false);
            } else {
                o.put("primary", "false");
            }
            o.put("beginDate", (String) f.get("beginDate"));
            o.putNull("endDate");
        }
        default -> throw new IllegalArgumentException(collection);
        }
        return o;
    }

    private static ObjectNode ref(String baseUrl, String collection, String id, String type) {
        return JSON.createObjectNode().put("href", baseUrl + "/" + collection + "/" + id).put("sourcedId", id)
                .put("type", type);
    }
}

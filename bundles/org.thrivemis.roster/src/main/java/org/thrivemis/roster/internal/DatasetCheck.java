package org.thrivemis.roster.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;

/**
 * Checks a dataset as a whole against what is stored, before anything is written: required
 * fields, duplicate ids and UPNs, references to schools, classes and users that exist nowhere,
 * impossible dates, text that looks like a spreadsheet formula, and a bulk file that would
 * archive everything. Each problem names where, which field, which value and what to do.
 */
final class DatasetCheck {

    private final Dataset data;
    private final RosterRead read;
    private final RosterState stored;
    private final List<SyncIssue> issues = new ArrayList<>();

    private DatasetCheck(Dataset data, RosterRead read, RosterState stored) {
        this.data = data;
        this.read = read;
        this.stored = stored;
    }

    /** Every problem found, in the order of the dataset. */
    static List<SyncIssue> check(Dataset data, RosterRead read, RosterState stored) {
        DatasetCheck check = new DatasetCheck(data, read, stored);
        check.run();
        return check.issues;
    }

    private void run() {
        for (RosterSchool s : data.schools) {
            required(s.origin(), "sourcedId", s.sourceId(), "school");
            required(s.origin(), "name", s.name(), "school");
            notFormula(s.origin(), "name", s.name());
        }
        for (RosterClass c : data.classes) {
            required(c.origin(), "sourcedId", c.sourceId(), "class");
            required(c.origin(), "title", c.title(), "class");
            required(c.origin(), "schoolSourcedId", c.schoolSourceId(), "class");
            notFormula(c.origin(), "title", c.title());
        }
        for (RosterPupil p : data.pupils) {
            required(p.origin(), "sourcedId", p.sourceId(), "pupil");
            required(p.origin(), "givenName", p.givenName(), "pupil");
            required(p.origin(), "familyName", p.familyName(), "pupil");
            notFormula(p.origin(), "givenName", p.givenName());
            notFormula(p.origin(), "familyName", p.familyName());
            if (p.schoolSourceIds().isEmpty()) {
                issues.add(SyncIssue.error(p.origin(), "orgSourcedIds", "",
                        "Pupil " + p.sourceId() + " belongs to no school: give the sourcedId of their school."));
            }
        }
        for (RosterStaff s : data.staff) {
            required(s.origin(), "sourcedId", s.sourceId(), "member of staff");
            required(s.origin(), "givenName", s.givenName(), "member of staff");
            required(s.origin(), "familyName", s.familyName(), "member of staff");
            notFormula(s.origin(), "givenName", s.givenName());
            notFormula(s.origin(), "familyName", s.familyName());
        }
        for (RosterEnrollment e : data.enrollments) {
            required(e.origin(), "sourcedId", e.sourceId(), "enrollment");
            required(e.origin(), "classSourcedId", e.classSourceId(), "enrollment");
            required(e.origin(), "userSourcedId", e.userSourceId(), "enrollment");
            if (e.begin().isPresent() && e.end().isPresent() && e.end().get().isBefore(e.begin().get())) {
                issues.add(SyncIssue.error(e.origin(), "endDate", e.end().get().toString(), "The enrollment ends ("
                        + e.end().get() + ") before it begins (" + e.begin().get()
                        + "): correct beginDate or endDate."));
            }
        }
        duplicates(data.schools, RosterSchool::sourceId, RosterSchool::origin, "school");
        duplicates(data.classes, RosterClass::sourceId, RosterClass::origin, "class");
        duplicates(data.pupils, RosterPupil::sourceId, RosterPupil::origin, "pupil");
        duplicates(data.staff, RosterStaff::sourceId, RosterStaff::origin, "member of staff");
        duplicates(data.enrollments, RosterEnrollment::sourceId, RosterEnrollment::origin, "enrollment");
        duplicateUpns();
        references();
        bulkThatEmpties(RosterEntity.SCHOOL, data.schools.size(), stored.schools());
        bulkThatEmpties(RosterEntity.CLASS, data.classes.size(), stored.classes());
        bulkThatEmpties(RosterEntity.PUPIL, data.pupils.size(), stored.pupils());
        bulkThatEmpties(RosterEntity.ENROLLMENT, data.enrollments.size(), stored.enrollments());
    }

    private void required(Origin origin, String field, String value, String what) {
        if (value.isBlank()) {
            issues.add(SyncIssue.error(origin, field, value, "The " + what + " has no " + field
                    + ": every " + what + " needs one. Fill it in."));
        }
    }

    /**
     * Names beginning with =, +, - or @ run as formulas when the data is opened in a spreadsheet;
     * no real name starts so, so the row is refused rather than stored and passed on.
     */
    private void notFormula(Origin origin, String field, String value) {
        if (!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
            issues.add(SyncIssue.error(origin, field, value, "The " + field + " starts with '" + value.charAt(0)
                    + "', which spreadsheets run as a formula. Correct the name in the source system."));
        }
    }

    private <T> void duplicates(List<T> records, Function<T, String> id, Function<T, Origin> origin, String what) {
        Map<String, Origin> first = new HashMap<>();
        for (T r : records) {
            String key = id.apply(r);
            if (key.isBlank()) {
                continue;
            }
            Origin seen = first.putIfAbsent(key, origin.apply(r));
            if (seen != null) {
                issues.add(SyncIssue.error(origin.apply(r), "sourcedId", key, "The " + what + " id " + key
                        + " is used twice (first at " + describe(seen) + "). Give each " + what + " its own id."));
            }
        }
    }

    private void duplicateUpns() {
        Map<String, RosterPupil> first = new HashMap<>();
        for (RosterPupil p : data.pupils) {
            if (p.upn().isEmpty()) {
                continue;
            }
            RosterPupil seen = first.putIfAbsent(p.upn().get(), p);
            if (seen != null && !seen.sourceId().equals(p.sourceId())) {
                issues.add(SyncIssue.error(p.origin(), "UPN", p.upn().get(), "Pupils " + seen.sourceId() + " and "
                        + p.sourceId() + " have the same UPN (first at " + describe(seen.origin())
                        + "). A UPN belongs to one pupil: correct it in the source system."));
            }
        }
    }

    private void references() {
        Set<String> schools = known(RosterEntity.SCHOOL, data.schools, RosterSchool::sourceId, stored.schools());
        Set<String> classes = known(RosterEntity.CLASS, data.classes, RosterClass::sourceId, stored.classes());
        Set<String> pupils = known(RosterEntity.PUPIL, data.pupils, RosterPupil::sourceId, stored.pupils());
        Set<String> staff = known(RosterEntity.STAFF, data.staff, RosterStaff::sourceId, stored.staff());
        for (RosterClass c : data.classes) {
            dangling(c.origin(), "schoolSourcedId", c.schoolSourceId(), schools, "school");
        }
        for (RosterPupil p : data.pupils) {
            p.schoolSourceIds().forEach(s -> dangling(p.origin(), "orgSourcedIds", s, schools, "school"));
        }
        for (RosterStaff s : data.staff) {
            // staff often belong to a trust or district org as well; an unknown one is worth a look, not a refusal
            s.schoolSourceIds().stream().filter(k -> !k.isBlank() && !schools.contains(k)).forEach(k -> issues.add(
                    SyncIssue.warning(s.origin(), "orgSourcedIds", k, "No school has the id " + k + "; the member of"
                            + " staff is kept without it. Check the id if they work at a school of that id.")));
        }
        for (RosterEnrollment e : data.enrollments) {
            dangling(e.origin(), "classSourcedId", e.classSourceId(), classes, "class");
            if (e.role() == EnrollmentRole.PUPIL) {
                dangling(e.origin(), "userSourcedId", e.userSourceId(), pupils, "pupil");
            } else {
                dangling(e.origin(), "userSourcedId", e.userSourceId(), staff, "member of staff");
            }
        }
    }

    private void dangling(Origin origin, String field, String key, Set<String> known, String what) {
        if (!key.isBlank() && !known.contains(key)) {
            issues.add(SyncIssue.error(origin, field, key, "No " + what + " has the id " + key
                    + ", in this dataset or from earlier syncs. Add the " + what + " or correct the id."));
        }
    }

    /** Ids a reference may point at: the dataset's, plus the stored current ones unless this kind came in bulk. */
    private <T> Set<String> known(RosterEntity entity, List<T> incoming, Function<T, String> id,
            List<RosterRow<T>> rows) {
        Set<String> keys = new HashSet<>();
        incoming.forEach(r -> keys.add(id.apply(r)));
        if (read.of(entity) != Coverage.BULK) {
            Set<String> removed = new HashSet<>();
            for (RosterRemoval r : data.removals) {
                if (r.entity() == entity) {
                    removed.add(r.sourceId());
                }
            }
            rows.stream().filter(RosterRow::current).map(r -> id.apply(r.value()))
                    .filter(k -> !removed.contains(k)).forEach(keys::add);
        }
        return keys;
    }

    /** A bulk file with no rows would archive every current record: almost always a broken export. */
    private void bulkThatEmpties(RosterEntity entity, int incoming, List<? extends RosterRow<?>> rows) {
        long current = rows.stream().filter(RosterRow::current).count();
        if (read.of(entity) == Coverage.BULK && incoming == 0 && current > 0) {
            issues.add(SyncIssue.error(Origin.NONE, entity.plural(), "0", "The source sent no " + entity.plural()
                    + " in bulk, which would archive all " + current + " current " + entity.plural()
                    + ". Check the export; if they really have all left, archive them in the source system first"
                    + " and send them with status tobedeleted in a delta."));
        }
    }

    private static String describe(Origin origin) {
        return origin.equals(Origin.NONE) ? "an earlier record" : origin.toString();
    }
}

package org.thrivemis.roster.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.RosterClass;
import org.thrivemis.api.roster.RosterEnrollment;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterPupil;
import org.thrivemis.api.roster.RosterRead;
import org.thrivemis.api.roster.RosterRemoval;
import org.thrivemis.api.roster.RosterSchool;
import org.thrivemis.api.roster.RosterStaff;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.store.RosterChanges;
import org.thrivemis.api.store.RosterChanges.Changes;
import org.thrivemis.api.store.RosterRow;
import org.thrivemis.api.store.RosterState;

/**
 * Works out what a checked dataset changes: matches incoming records to stored rows by source id
 * (pupils also by UPN, so a first sync over existing data adds no duplicates), and decides what is
 * added, changed (including re-keyed and returning records) and archived. Nothing is ever deleted:
 * in bulk a record not sent is archived; in a delta only explicit removals are; enrollments of
 * an archived class or user are archived with it.
 */
final class ChangePlan {

    final RosterChanges changes;
    final Map<RosterEntity, EntityCounts> counts;
    final List<SyncIssue> warnings;

    private ChangePlan(RosterChanges changes, List<SyncIssue> warnings) {
        this.changes = changes;
        this.warnings = warnings;
        Map<RosterEntity, EntityCounts> c = new EnumMap<>(RosterEntity.class);
        c.put(RosterEntity.SCHOOL, count(changes.schools()));
        c.put(RosterEntity.CLASS, count(changes.classes()));
        c.put(RosterEntity.PUPIL, count(changes.pupils()));
        c.put(RosterEntity.STAFF, count(changes.staff()));
        c.put(RosterEntity.ENROLLMENT, count(changes.enrollments()));
        this.counts = c;
    }

    /**
     * @param pupilsByUpn stored pupils of any source with the dataset's UPNs (for first-sync matching)
     */
    static ChangePlan of(String source, Instant at, Dataset data, RosterRead read, RosterState stored,
            Map<String, RosterRow<RosterPupil>> pupilsByUpn) {
        List<SyncIssue> warnings = new ArrayList<>();
        Changes<RosterSchool> schools = plan(source, RosterEntity.SCHOOL, read, data.schools, stored.schools(),
                RosterSchool::sourceId, Stripped::of, data.removals, Map.of(), warnings);
        Changes<RosterClass> classes = plan(source, RosterEntity.CLASS, read, data.classes, stored.classes(),
                RosterClass::sourceId, Stripped::of, data.removals, Map.of(), warnings);
        Changes<RosterPupil> pupils = plan(source, RosterEntity.PUPIL, read, data.pupils, stored.pupils(),
                RosterPupil::sourceId, Stripped::of, data.removals, pupilsByUpn, warnings);
        Changes<RosterStaff> staff = plan(source, RosterEntity.STAFF, read, data.staff, stored.staff(),
                RosterStaff::sourceId, Stripped::of, data.removals, Map.of(), warnings);
        Changes<RosterEnrollment> enrollments = plan(source, RosterEntity.ENROLLMENT, read, data.enrollments,
                stored.enrollments(), RosterEnrollment::sourceId, Stripped::of, data.removals, Map.of(), warnings);
        enrollments = withOrphansArchived(enrollments, stored, classes, pupils, staff);
        return new ChangePlan(new RosterChanges(source, at, schools, classes, pupils, staff, enrollments), warnings);
    }

    @SuppressWarnings("unchecked")
    private static <T> Changes<T> plan(String source, RosterEntity entity, RosterRead read, List<T> incoming,
            List<RosterRow<T>> rows, Function<T, String> key, UnaryOperator<T> strip, List<RosterRemoval> removals,
            Map<String, RosterRow<RosterPupil>> byUpn, List<SyncIssue> warnings) {
        Coverage coverage = read.of(entity);
        if (coverage == Coverage.ABSENT) {
            return Changes.none();
        }
        Map<String, RosterRow<T>> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(key.apply(r.value()), r));
        Set<String> incomingKeys = new HashSet<>();
        incoming.forEach(r -> incomingKeys.add(key.apply(r)));
        Set<Long> matched = new HashSet<>();
        List<T> added = new ArrayList<>();
        Map<Long, RosterRow<T>> changed = new LinkedHashMap<>();
        for (T record : incoming) {
            T value = strip.apply(record);
            RosterRow<T> row = byKey.get(key.apply(value));
            if (row == null && value instanceof RosterPupil pupil && pupil.upn().isPresent()) {
                // a pupil the roster knows under another id (another source, or a re-keyed export)
                RosterRow<RosterPupil> same = byUpn.get(pupil.upn().get());
                if (same != null && !matched.contains(same.id())
                        // the row's own id still in the dataset: another pupil, matched by id
                        && !incomingKeys.contains(same.value().sourceId())) {
                    row = (RosterRow<T>) same;
                }
            }
            if (row == null) {
                added.add(value);
            } else {
                matched.add(row.id());
                if (!row.value().equals(value) || !row.current() || !row.source().equals(source)) {
                    changed.put(row.id(), row.updated(source, value));
                }
            }
        }
        List<Long> archived = new ArrayList<>();
        if (coverage == Coverage.BULK) {
            for (RosterRow<T> row : rows) {
                if (row.current() && !matched.contains(row.id())) {
                    archived.add(row.id());
                }
            }
        } else {
            for (RosterRemoval removal : removals) {
                if (removal.entity() != entity) {
                    continue;
                }
                RosterRow<T> row = byKey.get(removal.sourceId());
                if (row == null) {
                    warnings.add(SyncIssue.warning(removal.origin(), "sourcedId", removal.sourceId(),
                            "The delta removes " + entity.plural() + " id " + removal.sourceId()
                                    + ", which the roster never had; nothing to archive."));
                } else if (row.current() && !matched.contains(row.id())) {
                    archived.add(row.id());
                }
            }
        }
        return new Changes<>(added, new ArrayList<>(changed.values()), archived);
    }

    /** Enrollments still current in a class or of a user being archived are archived too. */
    private static Changes<RosterEnrollment> withOrphansArchived(Changes<RosterEnrollment> planned, RosterState stored,
            Changes<RosterClass> classes, Changes<RosterPupil> pupils, Changes<RosterStaff> staff) {
        Set<String> goneClasses = keysOf(stored.classes(), classes.archived(), RosterClass::sourceId);
        Set<String> goneUsers = keysOf(stored.pupils(), pupils.archived(), RosterPupil::sourceId);
        goneUsers.addAll(keysOf(stored.staff(), staff.archived(), RosterStaff::sourceId));
        if (goneClasses.isEmpty() && goneUsers.isEmpty()) {
            return planned;
        }
        Set<Long> archived = new HashSet<>(planned.archived());
        Set<Long> changed = new HashSet<>();
        planned.changed().forEach(r -> changed.add(r.id()));
        List<Long> all = new ArrayList<>(planned.archived());
        for (RosterRow<RosterEnrollment> row : stored.enrollments()) {
            RosterEnrollment e = row.value();
            if (row.current() && !archived.contains(row.id()) && !changed.contains(row.id())
                    && (goneClasses.contains(e.classSourceId()) || goneUsers.contains(e.userSourceId()))) {
                all.add(row.id());
            }
        }
        return new Changes<>(planned.added(), planned.changed(), all);
    }

    private static <T> Set<String> keysOf(List<RosterRow<T>> rows, List<Long> ids, Function<T, String> key) {
        Set<Long> wanted = new HashSet<>(ids);
        Set<String> keys = new HashSet<>();
        for (RosterRow<T> row : rows) {
            if (wanted.contains(row.id())) {
                keys.add(key.apply(row.value()));
            }
        }
        return keys;
    }

    private static EntityCounts count(Changes<?> c) {
        return new EntityCounts(c.added().size(), c.changed().size(), c.archived().size());
    }
}

package org.thrivemis.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;

/**
 * The single place that decides whether an actor may do an {@link Action}, for one pupil or many,
 * and explains a refusal in words the user can act on. It only decides: auditing is the caller's.
 * In a trust, a pupil or class of a school outside the actor's {@link Actor#schools() schools} is
 * refused whatever the role; the host's {@link SchoolDirectory} says which school each belongs to,
 * and without one an actor limited to some schools sees nobody (closed, not open).
 */
public final class AccessPolicy {
    /**
     * Why an actor limited to some schools sees nobody while the host's school directory is missing
     * (a trust's MIS still starting, or its directory stopped).
     */
    public static final String SCHOOLS_NOT_KNOWN_YET = "The MIS has not yet said which schools you cover (its"
            + " school directory is not running), so Thrive shows no pupil's data for now. Try again in a minute;"
            + " if this lasts, ask your MIS administrator to check the MIS's school directory.";

    private final ClassDirectory classes;
    private final Clock clock;
    private final Supplier<Optional<SchoolDirectory>> schools;

    /** A policy for a single-school host: the actor's school scope is all that is checked. */
    public AccessPolicy(ClassDirectory classes, Clock clock) {
        this(classes, clock, Optional::empty);
    }

    /**
     * @param schools the host's school directory when it has registered one (asked at each check,
     *        so a directory that comes or goes at runtime applies at once)
     */
    public AccessPolicy(ClassDirectory classes, Clock clock, Supplier<Optional<SchoolDirectory>> schools) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.schools = Objects.requireNonNull(schools, "schools");
    }

    /** Whether the actor may do an action that concerns no single pupil, e.g. search the audit log. */
    public boolean permits(Actor actor, Action action) {
        if (action.aboutPupil()) {
            throw new IllegalArgumentException(action.code() + " concerns one pupil: name the pupil");
        }
        return reach(actor, action).isPresent() && (!action.wholeTrust() || actor.schools().everySchool());
    }

    /** Whether the actor may do the action for this pupil. */
    public boolean permits(Actor actor, Action action, String pupilId) {
        Optional<Reach> reach = reach(actor, action);
        if (reach.isEmpty() || !inScope(actor, pupilId)) {
            return false;
        }
        if (reach.get() == Reach.WHOLE_SCHOOL) {
            return true;
        }
        Set<String> taught = classIds(classes.taughtBy(actor.userId()));
        return classes.classesOf(pupilId, today()).stream().anyMatch(c -> taught.contains(c.id()));
    }

    /**
     * The pupils among {@code pupilIds} the actor may do the action for, in the order given. For a
     * teacher the directory is asked once per taught class, never once per pupil.
     */
    public Set<String> permitted(Actor actor, Action action, Collection<String> pupilIds) {
        Set<String> wanted = new LinkedHashSet<>(pupilIds);
        Optional<Reach> reach = reach(actor, action);
        if (reach.isEmpty() || wanted.isEmpty()) {
            return Set.of();
        }
        wanted = inScope(actor, wanted);
        if (reach.get() == Reach.WHOLE_SCHOOL || wanted.isEmpty()) {
            return wanted;
        }
        LocalDate today = today();
        Set<String> enrolledToday = new HashSet<>();
        for (SchoolClass taught : classes.taughtBy(actor.userId())) {
            for (Enrollment e : classes.enrollments(taught.id())) {
                if (e.activeOn(today)) {
                    enrolledToday.add(e.pupilId());
                }
            }
        }
        wanted.retainAll(enrolledToday);
        return wanted;
    }

    /**
     * Whether the actor may do the action for a whole class (e.g. screen it): with whole-school
     * reach any class, with taught-classes reach only a class the actor teaches.
     */
    public boolean permitsClass(Actor actor, Action action, String classId) {
        Optional<Reach> reach = reach(actor, action);
        if (reach.isEmpty() || !classInScope(actor, classId)) {
            return false;
        }
        return reach.get() == Reach.WHOLE_SCHOOL || classIds(classes.taughtBy(actor.userId())).contains(classId);
    }

    /**
     * Whether the pupil belongs to a school the actor may see. Always true for an actor who sees
     * every school; false for a pupil the host's school directory does not place in a school.
     */
    public boolean inScope(Actor actor, String pupilId) {
        if (actor.schools().everySchool()) {
            return true;
        }
        return schools.get().flatMap(d -> d.schoolOfPupil(pupilId)).filter(actor.schools()::includes).isPresent();
    }

    /** The pupils among these (in the order given) who belong to a school the actor may see; one directory call. */
    public Set<String> inScope(Actor actor, Collection<String> pupilIds) {
        Set<String> wanted = new LinkedHashSet<>(pupilIds);
        if (actor.schools().everySchool() || wanted.isEmpty()) {
            return wanted;
        }
        Optional<SchoolDirectory> directory = schools.get();
        if (directory.isEmpty()) {
            return Set.of();
        }
        Map<String, String> schoolOf = directory.get().schoolsOfPupils(wanted);
        wanted.removeIf(id -> !actor.schools().includes(schoolOf.getOrDefault(id, "")));
        return wanted;
    }

    /** Whether the class belongs to a school the actor may see. */
    public boolean classInScope(Actor actor, String classId) {
        if (actor.schools().everySchool()) {
            return true;
        }
        return schools.get().flatMap(d -> d.schoolOfClass(classId)).filter(actor.schools()::includes).isPresent();
    }

    /**
     * Why the actor may not do the action for this pupil: the school first (a senior lead of one
     * school is refused another school's pupil however broad the role), then the role.
     */
    public String refusal(Actor actor, Action action, String pupilId) {
        if (reach(actor, action).isPresent() && !inScope(actor, pupilId)) {
            return schoolRefusal(action);
        }
        return refusal(actor, action);
    }

    /** Why the actor may not do the action for this class. */
    public String classRefusal(Actor actor, Action action, String classId) {
        if (reach(actor, action).isPresent() && !classInScope(actor, classId)) {
            return schoolRefusal(action);
        }
        return refusal(actor, action);
    }

    /**
     * Refusal for a pupil or class outside the actor's schools; while the host's school directory is
     * not (yet) registered nobody limited sees anyone, which says so rather than blaming the role.
     */
    private String schoolRefusal(Action action) {
        if (schools.get().isEmpty()) {
            return SCHOOLS_NOT_KNOWN_YET + " So you cannot " + action.purpose() + " yet.";
        }
        return "You can only " + action.purpose() + " for pupils of the schools your MIS role covers."
                + " Ask someone at that school, or a trust-wide lead, if you need this.";
    }

    /** Why the actor may not do the action (for this pupil), and what to do about it. */
    public String refusal(Actor actor, Action action) {
        Optional<Reach> reach = reach(actor, action);
        if (reach.isPresent() && !actor.schools().everySchool() && schools.get().isEmpty()) {
            return SCHOOLS_NOT_KNOWN_YET + " So you cannot " + action.purpose() + " yet.";
        }
        if (reach.isPresent() && action.wholeTrust() && !actor.schools().everySchool()) {
            return "You can only " + action.purpose() + " with a role that covers every school of the trust,"
                    + " because it applies to all of them at once. Ask a trust-wide administrator.";
        }
        if (reach.isPresent()) {
            // the only partial reach: the role works, the pupil is outside the actor's classes
            return "You can only " + action.purpose() + " for pupils in the classes you teach."
                    + " Ask a senior lead if you need to see this pupil.";
        }
        String needed = rolesAllowed(action);
        if (actor.roles().isEmpty()) {
            return "You have no Thrive role, so you cannot " + action.purpose() + ". It needs one of: " + needed
                    + ". Ask whoever manages roles in the MIS to give you one.";
        }
        String held = actor.roles().stream().sorted().map(ThriveRole::label).collect(Collectors.joining(", "));
        return "Your Thrive role (" + held + ") does not let you " + action.purpose() + ". It needs one of: "
                + needed + ".";
    }

    /** The broadest reach any of the actor's roles gives for the action. */
    private static Optional<Reach> reach(Actor actor, Action action) {
        return actor.roles().stream()
                .map(action::reachOf)
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private static String rolesAllowed(Action action) {
        return Arrays.stream(ThriveRole.values())
                .filter(r -> action.reachOf(r).isPresent())
                .map(ThriveRole::label)
                .collect(Collectors.joining(", "));
    }

    private static Set<String> classIds(Collection<SchoolClass> list) {
        return list.stream().map(SchoolClass::id).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

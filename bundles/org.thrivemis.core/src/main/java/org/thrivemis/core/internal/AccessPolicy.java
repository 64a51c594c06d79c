package org.thrivemis.core.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Enrollment;
import org.thrivemis.mis.api.SchoolClass;

/**
 * The single place that decides whether an actor may do an {@link Action}, for one pupil or many,
 * and explains a refusal in words the user can act on. It only decides: auditing is the caller's.
 */
public final class AccessPolicy {
    private final ClassDirectory classes;
    private final Clock clock;

    public AccessPolicy(ClassDirectory classes, Clock clock) {
        this.classes = Objects.requireNonNull(classes, "classes");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Whether the actor may do an action that concerns no single pupil, e.g. search the audit log. */
    public boolean permits(Actor actor, Action action) {
        if (action.aboutPupil()) {
            throw new IllegalArgumentException(action.code() + " concerns one pupil: name the pupil");
        }
        return reach(actor, action).isPresent();
    }

    /** Whether the actor may do the action for this pupil. */
    public boolean permits(Actor actor, Action action, String pupilId) {
        Optional<Reach> reach = reach(actor, action);
        if (reach.isEmpty()) {
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
        if (reach.get() == Reach.WHOLE_SCHOOL) {
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
        if (reach.isEmpty()) {
            return false;
        }
        return reach.get() == Reach.WHOLE_SCHOOL || classIds(classes.taughtBy(actor.userId())).contains(classId);
    }

    /** Why the actor may not do the action (for this pupil), and what to do about it. */
    public String refusal(Actor actor, Action action) {
        Optional<Reach> reach = reach(actor, action);
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

package org.thrivemis.demo.internal;

import java.util.Optional;
import org.thrivemis.api.Actor;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.plan.ActionPlanService;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.screening.ScreeningService;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.StaffDirectory;
import org.thrivemis.mis.api.StaffMember;

/** The services the demo acts through, as they were when seeding began. */
record DemoServices(ConsentService consents, AssessmentService assessments, ActionPlanService plans,
        ScreeningService screening, ContentPackService packs, RoleMapping roles, PupilDirectory pupils,
        ClassDirectory classes, StaffDirectory staff, Optional<SchoolDirectory> schools) {

    /** Whether the actor's schools include the pupil's (always, on a host serving one school). */
    boolean sameSchool(Actor actor, Pupil pupil) {
        return actor.schools().everySchool() || schools.isEmpty()
                || schools.get().schoolOfPupil(pupil.id()).map(actor.schools()::includes).orElse(false);
    }

    /** Whether the actor's schools include the class's (always, on a host serving one school). */
    boolean sameSchool(Actor actor, SchoolClass schoolClass) {
        return actor.schools().everySchool() || schools.isEmpty()
                || schools.get().schoolOfClass(schoolClass.id()).map(actor.schools()::includes).orElse(false);
    }

    /** The Thrive actor of a demo account, mapped from its host roles as at sign-in. */
    Optional<Actor> account(String username) {
        return staff.all().stream().filter(s -> s.username().equals(username)).findFirst().map(this::actor);
    }

    /** The Thrive actor of a member of staff by host staff id. */
    Optional<Actor> staffMember(String staffId) {
        return staff.staff(staffId).map(this::actor);
    }

    private Actor actor(StaffMember s) {
        return roles.actor(s.id(), s.displayName(), s.roles());
    }
}

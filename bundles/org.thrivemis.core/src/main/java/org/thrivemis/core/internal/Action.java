package org.thrivemis.core.internal;

import static org.thrivemis.api.ThriveRole.ADMIN;
import static org.thrivemis.api.ThriveRole.OFFICE;
import static org.thrivemis.api.ThriveRole.PRACTITIONER;
import static org.thrivemis.api.ThriveRole.SENIOR_LEAD;
import static org.thrivemis.api.ThriveRole.TEACHER;
import static org.thrivemis.core.internal.Reach.TAUGHT_CLASSES;
import static org.thrivemis.core.internal.Reach.WHOLE_SCHOOL;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.ThriveRole;

/**
 * The table of access rules: every guarded action, its audit code and which roles may do it how
 * far. Profiles, plans and screening add their actions here; {@link AccessPolicy} applies them.
 * A role missing from an action's map may not do it at all (so ADMIN, absent from every pupil
 * action, sees no pupil data by that role alone).
 */
public enum Action {
    CONSENT_READ("consent.read", "see parental consent", true,
            Map.of(OFFICE, WHOLE_SCHOOL, TEACHER, TAUGHT_CLASSES, PRACTITIONER, WHOLE_SCHOOL,
                    SENIOR_LEAD, WHOLE_SCHOOL)),
    CONSENT_RECORD("consent.record", "record parental consent", true,
            Map.of(OFFICE, WHOLE_SCHOOL, PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    PLAN_READ("plan.read", "see action plans", true,
            Map.of(TEACHER, TAUGHT_CLASSES, PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    PLAN_WRITE("plan.write", "create or change action plans", true,
            Map.of(PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    BASELINE_LIST("roster.baseline.read", "see which pupils need a baseline profile", false,
            Map.of(OFFICE, WHOLE_SCHOOL, PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    PROFILE_READ("profile.read", "see Thrive profiles", true,
            Map.of(TEACHER, TAUGHT_CLASSES, PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    PROFILE_WRITE("profile.write", "record Thrive profiles", true,
            Map.of(PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    AUDIT_SEARCH("audit.search", "search the audit log", false,
            Map.of(SENIOR_LEAD, WHOLE_SCHOOL, ADMIN, WHOLE_SCHOOL)),
    // screening concerns the pupils of a class: a teacher's reach is the classes they teach
    SCREENING_READ("screening.read", "see whole-group screening", true,
            Map.of(TEACHER, TAUGHT_CLASSES, PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    SCREENING_WRITE("screening.write", "open, mark or close whole-group screening", true,
            Map.of(TEACHER, TAUGHT_CLASSES, SENIOR_LEAD, WHOLE_SCHOOL)),
    // Data protection (see DataProtectionServiceImpl): the school's DPO acts through an admin
    // account; senior leads may also answer a subject access request. Erasure and retention change
    // data irreversibly and so are admins' alone.
    SUBJECT_ACCESS("dataprotection.subject-access", "export a pupil's complete Thrive record", true,
            Map.of(SENIOR_LEAD, WHOLE_SCHOOL, ADMIN, WHOLE_SCHOOL)),
    ERASE("dataprotection.erase", "erase a pupil's Thrive data", true, Map.of(ADMIN, WHOLE_SCHOOL)),
    // the retention policy is the trust's: it runs over every school's leavers at once
    RETENTION_PLAN("dataprotection.retention.plan", "see what the retention policy would do", false,
            Map.of(SENIOR_LEAD, WHOLE_SCHOOL, ADMIN, WHOLE_SCHOOL), true),
    RETENTION_RUN("dataprotection.retention.run", "apply the retention policy", false, Map.of(ADMIN, WHOLE_SCHOOL),
            true),
    CLASS_VIEW_READ("classview.read", "see Thrive information in the class view", true,
            Map.of(TEACHER, TAUGHT_CLASSES, PRACTITIONER, WHOLE_SCHOOL, SENIOR_LEAD, WHOLE_SCHOOL)),
    EARLY_WARNING_READ("classview.early-warning", "see the school's early-warning list", false,
            Map.of(SENIOR_LEAD, WHOLE_SCHOOL)),
    IMPACT_READ("impact.read", "see the impact of action plans on attendance", true,
            Map.of(TEACHER, TAUGHT_CLASSES, SENIOR_LEAD, WHOLE_SCHOOL));

    private final String code;
    private final String purpose;
    private final boolean aboutPupil;
    private final Map<ThriveRole, Reach> reachByRole;
    private final boolean wholeTrust;

    Action(String code, String purpose, boolean aboutPupil, Map<ThriveRole, Reach> reachByRole) {
        this(code, purpose, aboutPupil, reachByRole, false);
    }

    Action(String code, String purpose, boolean aboutPupil, Map<ThriveRole, Reach> reachByRole, boolean wholeTrust) {
        if (!aboutPupil && reachByRole.containsValue(TAUGHT_CLASSES)) {
            // "taught classes" only means something for an action about one pupil
            throw new IllegalArgumentException(code + ": TAUGHT_CLASSES needs an action about a pupil");
        }
        this.code = code;
        this.purpose = purpose;
        this.aboutPupil = aboutPupil;
        this.reachByRole = new EnumMap<>(reachByRole);
        this.wholeTrust = wholeTrust;
    }

    /**
     * Whether the action spans every school of a trust at once (and so needs an actor who sees
     * every school), rather than one pupil or a list filtered to the actor's schools.
     */
    public boolean wholeTrust() {
        return wholeTrust;
    }

    /** The action as written in the audit trail, e.g. {@code consent.read}. */
    public String code() {
        return code;
    }

    /** What the action lets a user do, to finish "You cannot …", e.g. "see parental consent". */
    public String purpose() {
        return purpose;
    }

    /** Whether the action concerns one pupil (and so a teacher's classes can matter). */
    public boolean aboutPupil() {
        return aboutPupil;
    }

    /** How far the role may do this action; empty when it may not. */
    public Optional<Reach> reachOf(ThriveRole role) {
        return Optional.ofNullable(reachByRole.get(role));
    }
}

package org.thrivemis.web.internal.tab;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentService;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilRecordTab;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.mis.api.propertytypes.MisTab;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.profile.ProfileSection;

/**
 * The "Thrive" tab on the host's pupil record: the pupil's Thrive profile (stages, strand chart,
 * history, and the practitioner's pages to record a profile, see {@link ProfileSection}), then the
 * parental consent (state per scope, warning when withdrawn, history) and, for staff who record
 * consent, the form to record a decision. Profiles need the assessment and content-pack services;
 * without them the tab still shows consent.
 */
@Component(service = PupilRecordTab.class)
@MisTab(id = "thrive-profile", order = 100, permission = ThriveAccess.VIEW_PERMISSION)
public final class ThriveProfileTab implements PupilRecordTab {

    /** Query parameter (and value) the tab redirects to after a decision is saved. */
    static final String SAVED_PARAMETER = "saved";
    static final String SAVED_CONSENT = "consent";

    private static final System.Logger LOG = System.getLogger(ThriveProfileTab.class.getName());

    private final ConsentService consents;
    private final RoleMapping roles;
    private final Templates templates = new Templates();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile AssessmentService assessments;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContentPackService packs;

    @Activate
    public ThriveProfileTab(@Reference ConsentService consents, @Reference RoleMapping roles) {
        this.consents = consents;
        this.roles = roles;
    }

    @Override
    public String label(Locale locale) {
        return "Thrive";
    }

    @Override
    public boolean isVisible(Viewer viewer, Pupil pupil) {
        return ThriveAccess.maySeeThrive(ThriveAccess.actorOf(roles, viewer));
    }

    @Override
    public String render(TabRequest request) {
        boolean saved = request.parameter(SAVED_PARAMETER).filter(SAVED_CONSENT::equals).isPresent();
        try {
            Optional<ProfileSection> profiles = profiles();
            if (ProfileSection.isProfilePage(request) && profiles.isPresent()) {
                return profiles.get().page(request, ThriveAccess.actorOf(roles, request.viewer()));
            }
            return page(request, saved, ConsentForm.empty(), List.of());
        } catch (NotFoundException e) {
            return templates.render("profile/missing.jte", e.getMessage());
        } catch (AccessDeniedException e) {
            return denied();
        } catch (RuntimeException e) {
            // The host's contract: a tab never throws. Show a reference staff can quote to support.
            return unavailable(e);
        }
    }

    @Override
    public TabResult submit(TabRequest request, Map<String, List<String>> form) {
        Optional<ProfileSection> profiles = profiles();
        if (ProfileSection.isProfileForm(form)) {
            if (profiles.isEmpty()) {
                return TabResult.show(templates.render("profile/missing.jte",
                        "Thrive profiles are not available at the moment: try again later"), 503);
            }
            return submitProfile(request, form, profiles.get());
        }
        ConsentForm entered = ConsentForm.from(form);
        Actor actor = ThriveAccess.actorOf(roles, request.viewer());
        DateFields.Reading date = entered.decidedOnReading();
        try {
            // Unreadable date boxes go to the domain as "no date", which it always refuses; that way
            // its answer lists every other problem too, and the tab adds what is wrong with the date.
            consents.record(actor, request.pupil().id(), entered.toRequest(date.date().orElse(null)));
            return TabResult.redirect(withParameter(request.tabUrl(), SAVED_PARAMETER + "=" + SAVED_CONSENT));
        } catch (ValidationException e) {
            List<Problem> problems = FormProblems.merge(e.problems(), date.problem());
            try {
                return TabResult.show(page(request, false, entered, problems), 400);
            } catch (AccessDeniedException denied) {
                return TabResult.show(denied(), 403);
            }
        } catch (AccessDeniedException e) {
            return TabResult.show(denied(), 403);
        } catch (RuntimeException e) {
            return TabResult.show(unavailable(e), 500);
        }
    }

    private String page(TabRequest request, boolean saved, ConsentForm entered, List<Problem> problems) {
        return page(request, saved, entered, problems, ProfileSection.StartState.fresh());
    }

    private String page(TabRequest request, boolean saved, ConsentForm entered, List<Problem> problems,
            ProfileSection.StartState start) {
        Actor actor = ThriveAccess.actorOf(roles, request.viewer());
        ConsentStatus status = consents.status(actor, request.pupil().id());
        Optional<FormView> form = ThriveAccess.mayRecordConsent(actor)
                ? Optional.of(FormView.of(request.tabUrl(), request.csrfToken(), entered, problems))
                : Optional.empty();
        String consent = templates.render("consent/tab.jte", ConsentTabView.of(status, saved && problems.isEmpty(), form));
        return profileSummary(request, actor, status, start) + consent;
    }

    /** The profile part above the consent panel; a failure there must not take the consent panel with it. */
    private String profileSummary(TabRequest request, Actor actor, ConsentStatus status, ProfileSection.StartState start) {
        Optional<ProfileSection> profiles = profiles();
        if (profiles.isEmpty() || !ProfileSection.mayRead(actor)) {
            return "";
        }
        try {
            return profiles.get().summary(request, actor, status, start);
        } catch (AccessDeniedException e) {
            return "";
        } catch (RuntimeException e) {
            return unavailable(e);
        }
    }

    private TabResult submitProfile(TabRequest request, Map<String, List<String>> form, ProfileSection profiles) {
        Actor actor = ThriveAccess.actorOf(roles, request.viewer());
        try {
            return profiles.submit(request, actor, form,
                    start -> page(request, false, ConsentForm.empty(), List.of(), start));
        } catch (NotFoundException e) {
            return TabResult.show(templates.render("profile/missing.jte", e.getMessage()), 404);
        } catch (AccessDeniedException e) {
            return TabResult.show(denied(), 403);
        } catch (RuntimeException e) {
            return TabResult.show(unavailable(e), 500);
        }
    }

    /** The profile section, while both services it needs are there (they may come and go). */
    private Optional<ProfileSection> profiles() {
        AssessmentService a = assessments;
        ContentPackService p = packs;
        return a == null || p == null ? Optional.empty() : Optional.of(new ProfileSection(a, p, templates));
    }

    /** For tests: the services DS would bind. */
    void bindProfiles(AssessmentService assessments, ContentPackService packs) {
        this.assessments = assessments;
        this.packs = packs;
    }

    private String denied() {
        return templates.render("consent/denied.jte");
    }

    private String unavailable(RuntimeException e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Thrive tab failed, reference " + reference, e);
        return templates.render("consent/unavailable.jte", reference);
    }

    static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }
}

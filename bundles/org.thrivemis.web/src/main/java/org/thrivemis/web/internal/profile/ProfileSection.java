package org.thrivemis.web.internal.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.Problem;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.consent.ConsentRequiredException;
import org.thrivemis.api.consent.ConsentScope;
import org.thrivemis.api.consent.ConsentState;
import org.thrivemis.api.consent.ConsentStatus;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ContentPackService;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;
import org.thrivemis.api.profile.Assessment;
import org.thrivemis.api.profile.AssessmentService;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.Profile;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.TabRequest;
import org.thrivemis.mis.api.TabResult;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * The profile part of the Thrive tab: the summary above the consent panel, and the practitioner's
 * pages (one strand per page, then the check page) reached through query parameters on the tab's
 * own URL. Forms post to the tab; the domain decides access, consent and conflicts, this class only
 * turns its answers into pages.
 */
public final class ProfileSection {
    /** What the summary needs from the tab when it is shown again after a refused start. */
    public record StartState(String reason, List<ErrorLink> errors) {
        public static StartState fresh() {
            return new StartState("", List.of());
        }
    }

    private final AssessmentService assessments;
    private final ContentPackService packs;
    private final Templates templates;
    private final Clock clock;

    public ProfileSection(AssessmentService assessments, ContentPackService packs, Templates templates) {
        this(assessments, packs, templates, Clock.system(UkFormat.SCHOOL_ZONE));
    }

    ProfileSection(AssessmentService assessments, ContentPackService packs, Templates templates, Clock clock) {
        this.assessments = assessments;
        this.packs = packs;
        this.templates = templates;
        this.clock = clock;
    }

    /** Whether the viewer's roles show profiles at all (office staff and admins see consent only). */
    public static boolean mayRead(Actor actor) {
        return actor.hasAny(ThriveRole.TEACHER, ThriveRole.PRACTITIONER, ThriveRole.SENIOR_LEAD);
    }

    static boolean mayWrite(Actor actor) {
        return actor.hasAny(ThriveRole.PRACTITIONER, ThriveRole.SENIOR_LEAD);
    }

    /** Whether the request is for one profile's pages rather than the tab's summary. */
    public static boolean isProfilePage(TabRequest request) {
        return request.parameter(ProfileUrls.ASSESSMENT).isPresent();
    }

    /** Whether a posted form is one of ours. */
    public static boolean isProfileForm(Map<String, List<String>> form) {
        return ProfileForm.isProfileForm(form);
    }

    /** The summary: stages, chart, changes, history and the start forms (or why not). */
    public String summary(TabRequest request, Actor actor, ConsentStatus consent, StartState start) {
        if (!mayRead(actor)) {
            return "";
        }
        ProfileUrls urls = new ProfileUrls(request.tabUrl());
        List<Profile> history = assessments.history(actor, request.pupil().id());
        ContentPack pack = packs.current();
        boolean writer = mayWrite(actor);
        ConsentState state = consent.states().getOrDefault(ConsentScope.INDIVIDUAL_ASSESSMENT, ConsentState.NOT_RECORDED);
        Optional<ProfileSummaryView.StartForms> forms = Optional.empty();
        Optional<String> cannotStart = Optional.empty();
        if (writer && state == ConsentState.GIVEN) {
            String reasonError = start.errors().stream().filter(e -> e.href().equals("#profile-reason"))
                    .map(ErrorLink::message).findFirst().orElse(null);
            forms = Optional.of(new ProfileSummaryView.StartForms(request.tabUrl(), CurrentUser.CSRF_FIELD,
                    request.csrfToken(), start.reason(), reasonError));
        } else if (writer) {
            cannotStart = Optional.of("You cannot start a profile: parental consent for individual Thrive profiles is "
                    + state.label().toLowerCase() + ". Record the parent's or carer's consent in the parental consent"
                    + " section below first.");
        }
        Optional<String> banner = request.parameter(ProfileUrls.SAVED).map(ProfileSection::bannerText);
        ProfileSummaryView view = ProfileSummaryView.of(request.pupil(), pack, history, today(), urls, writer, forms,
                cannotStart, banner, start.errors());
        return templates.render("profile/summary.jte", view);
    }

    /** A profile's page: one strand of a draft, or the check (result) page. */
    public String page(TabRequest request, Actor actor) {
        long id = request.parameter(ProfileUrls.ASSESSMENT).flatMap(ProfileForm::number)
                .orElseThrow(() -> new NotFoundException("The address names no profile: go back to the Thrive tab"));
        Assessment a = own(request, assessments.get(actor, id));
        ContentPack pack = packOf(a);
        Optional<Strand> strand = request.parameter(ProfileUrls.STRAND).flatMap(ProfileForm::strand);
        boolean check = request.parameter(ProfileUrls.STEP).filter(ProfileUrls.CHECK::equals).isPresent();
        if (a.status() == AssessmentStatus.COMPLETED || check || !mayWrite(actor)) {
            Optional<String> banner = request.parameter(ProfileUrls.SAVED).map(ProfileSection::bannerText);
            return checkPage(request, actor, a, pack, banner, Optional.empty(), List.of());
        }
        StrandContent content = pack.strand(strand.orElse(Strand.BEING));
        return templates.render("profile/strand.jte", StrandPageView.of(a, pack, content, a.levels(), request.tabUrl(),
                CurrentUser.CSRF_FIELD, request.csrfToken(), a.version(), Optional.empty(), List.of()));
    }

    /**
     * Handles a posted profile form. A refused start is shown on the summary, which the tab owns
     * (it adds the consent panel), so that case comes back as {@code summaryAgain}.
     */
    public TabResult submit(TabRequest request, Actor actor, Map<String, List<String>> posted,
            Function<StartState, String> summaryAgain) {
        ProfileForm form = ProfileForm.from(posted);
        ProfileUrls urls = new ProfileUrls(request.tabUrl());
        switch (form.action()) {
            case ProfileForm.START:
                return start(request, actor, form, urls, summaryAgain);
            case ProfileForm.SAVE:
                return save(request, actor, form, urls);
            case ProfileForm.COMPLETE:
                return complete(request, actor, form, urls);
            default:
                return TabResult.show("<p class=\"govuk-body\">That form action is not known: go back to the Thrive"
                        + " tab and try again.</p>", 400);
        }
    }

    private TabResult start(TabRequest request, Actor actor, ProfileForm form, ProfileUrls urls,
            Function<StartState, String> summaryAgain) {
        try {
            Assessment started = assessments.start(actor, request.pupil().id(), form.kind().orElse(null), form.reason(),
                    today());
            return TabResult.redirect(urls.strand(started.id(), Strand.BEING));
        } catch (ValidationException e) {
            return TabResult.show(summaryAgain.apply(new StartState(form.reason(), links(e.problems()))), 400);
        } catch (ConsentRequiredException e) {
            return TabResult.show(summaryAgain.apply(new StartState(form.reason(),
                    List.of(new ErrorLink("#profile-start", e.getMessage())))), ThriveAccess.NO_CONSENT_STATUS);
        }
    }

    private TabResult save(TabRequest request, Actor actor, ProfileForm form, ProfileUrls urls) {
        long id = form.assessmentId().orElseThrow(() -> new NotFoundException("The form names no profile"));
        Strand strand = form.strand().orElse(Strand.BEING);
        // the levels posted are this strand's; an id from elsewhere is refused by the domain, which names it
        Map<String, Level> entered = new HashMap<>(form.levels());
        try {
            Assessment saved = assessments.saveLevels(actor, id, form.version().orElse(-1L), entered);
            if (form.finishLater()) {
                return TabResult.redirect(urls.saved("draft"));
            }
            ContentPack pack = packOf(saved);
            int index = pack.strands().indexOf(pack.strand(strand));
            return TabResult.redirect(index + 1 < pack.strands().size()
                    ? urls.strand(id, pack.strands().get(index + 1).strand())
                    : urls.check(id));
        } catch (ConflictException e) {
            Assessment now = own(request, assessments.get(actor, id));
            ContentPack pack = packOf(now);
            Map<String, Level> shown = new HashMap<>(now.levels());
            shown.putAll(entered);
            StrandPageView view = StrandPageView.of(now, pack, pack.strand(strand), shown, request.tabUrl(),
                    CurrentUser.CSRF_FIELD, request.csrfToken(), e.currentVersion(), Optional.of(conflict(e)), List.of());
            return TabResult.show(templates.render("profile/strand.jte", view), 409);
        } catch (ValidationException | ConsentRequiredException e) {
            Assessment now = own(request, assessments.get(actor, id));
            ContentPack pack = packOf(now);
            Map<String, Level> shown = new HashMap<>(now.levels());
            shown.putAll(entered);
            List<ErrorLink> errors = e instanceof ValidationException v ? links(v.problems())
                    : List.of(new ErrorLink("#profile-levels", e.getMessage()));
            StrandPageView view = StrandPageView.of(now, pack, pack.strand(strand), shown, request.tabUrl(),
                    CurrentUser.CSRF_FIELD, request.csrfToken(), form.version().orElse(now.version()), Optional.empty(),
                    errors);
            return TabResult.show(templates.render("profile/strand.jte", view), e instanceof ValidationException ? 400 : ThriveAccess.NO_CONSENT_STATUS);
        }
    }

    private TabResult complete(TabRequest request, Actor actor, ProfileForm form, ProfileUrls urls) {
        long id = form.assessmentId().orElseThrow(() -> new NotFoundException("The form names no profile"));
        try {
            assessments.complete(actor, id, form.version().orElse(-1L));
            return TabResult.redirect(urls.checkWith(id, "completed"));
        } catch (ConflictException e) {
            Assessment now = own(request, assessments.get(actor, id));
            return TabResult.show(checkPage(request, actor, now, packOf(now), Optional.empty(), Optional.of(conflict(e)),
                    List.of()), 409);
        } catch (ValidationException e) {
            Assessment now = own(request, assessments.get(actor, id));
            return TabResult.show(checkPage(request, actor, now, packOf(now), Optional.empty(), Optional.empty(),
                    links(e.problems())), 400);
        } catch (ConsentRequiredException e) {
            Assessment now = own(request, assessments.get(actor, id));
            return TabResult.show(checkPage(request, actor, now, packOf(now), Optional.empty(), Optional.empty(),
                    List.of(new ErrorLink("#profile-complete", e.getMessage()))), ThriveAccess.NO_CONSENT_STATUS);
        }
    }

    private String checkPage(TabRequest request, Actor actor, Assessment a, ContentPack pack, Optional<String> banner,
            Optional<StrandPageView.Conflict> conflict, List<ErrorLink> errors) {
        CheckPageView view = CheckPageView.of(a, pack, assessments.result(a), new ProfileUrls(request.tabUrl()),
                mayWrite(actor), CurrentUser.CSRF_FIELD, request.csrfToken(), banner, conflict, errors);
        return templates.render("profile/check.jte", view);
    }

    /** A profile of another pupil is not shown under this pupil's record. */
    private static Assessment own(TabRequest request, Assessment a) {
        if (!a.pupilId().equals(request.pupil().id())) {
            throw new NotFoundException("This pupil has no profile " + a.id() + ": open the profile from its pupil's"
                    + " Thrive tab");
        }
        return a;
    }

    private ContentPack packOf(Assessment a) {
        return packs.pack(a.packId(), a.packVersion()).orElseGet(packs::current);
    }

    private static StrandPageView.Conflict conflict(ConflictException e) {
        return new StrandPageView.Conflict(e.changedBy(), UkFormat.dateTime(e.changedAt()), e.changes());
    }

    private static List<ErrorLink> links(List<Problem> problems) {
        List<ErrorLink> links = new ArrayList<>();
        for (Problem p : problems) {
            String target = switch (p.field()) {
                case "reason" -> "#profile-reason";
                case "kind", "assessedOn" -> "#profile-start";
                case "levels" -> "#profile-levels";
                default -> "#profile-complete";
            };
            links.add(new ErrorLink(target, p.message()));
        }
        return links;
    }

    private static String bannerText(String flag) {
        return switch (flag) {
            case "draft" -> "Draft saved: continue it from the profile history when you are ready";
            case "completed" -> "Profile completed";
            default -> "Saved";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

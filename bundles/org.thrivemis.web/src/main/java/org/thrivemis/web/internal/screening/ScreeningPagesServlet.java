package org.thrivemis.web.internal.screening;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.System.Logger;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ConflictException;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.screening.ClassProfile;
import org.thrivemis.api.screening.Mark;
import org.thrivemis.api.screening.RoundStatus;
import org.thrivemis.api.screening.ScreeningGrid;
import org.thrivemis.api.screening.ScreeningRound;
import org.thrivemis.api.screening.ScreeningService;
import org.thrivemis.api.screening.Term;
import org.thrivemis.mis.api.ClassDirectory;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.School;
import org.thrivemis.mis.api.SchoolClass;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.UkFormat;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * The screening pages: {@code /thrive/screening} (the classes the viewer can screen),
 * {@code /thrive/classes/{classId}/screening} (a class's rounds, opening one, the year's comparison)
 * and {@code /thrive/screening/{roundId}} (the grid while open, the class profile once closed).
 * Forms carry the host's CSRF token; the screening service checks access and audits every call.
 */
@Component(service = Servlet.class)
@Designate(ocd = ScreeningPagesConfig.class)
@HttpWhiteboardServletPattern({ScreeningUrls.INDEX, ScreeningUrls.INDEX + "/*", ScreeningUrls.CLASSES + "/*"})
@HttpWhiteboardServletName("thrive-screening-pages")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class ScreeningPagesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ScreeningPagesServlet.class.getName());
    private static final Pattern CLASS = Pattern.compile(ScreeningUrls.CLASSES + "/([^/]+)/screening/?");
    private static final Pattern ROUND = Pattern.compile(ScreeningUrls.INDEX + "/([0-9]{1,18})/?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final transient ScreeningService screening;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient ClassDirectory classes;
    private final transient ScreeningPagesConfig config;
    private final transient Clock clock;
    private final transient Templates templates = new Templates();

    /** The host's schools of a trust, when it serves several. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile SchoolDirectory schools;

    @Activate
    public ScreeningPagesServlet(@Reference ScreeningService screening, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser, @Reference ClassDirectory classes, ScreeningPagesConfig config) {
        this(screening, roles, currentUser, classes, config, Clock.systemDefaultZone());
    }

    ScreeningPagesServlet(ScreeningService screening, RoleMapping roles, CurrentUser currentUser, ClassDirectory classes,
            ScreeningPagesConfig config, Clock clock) {
        this.screening = screening;
        this.roles = roles;
        this.currentUser = currentUser;
        this.classes = classes;
        this.config = config;
        this.clock = clock;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, false);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response, true);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response, boolean post) throws IOException {
        Optional<Viewer> viewer = ThriveAccess.viewerOrSignIn(currentUser, request, response);
        if (viewer.isEmpty()) {
            return;
        }
        Actor actor = ThriveAccess.actorOf(roles, viewer.get());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (post && !currentUser.csrfValid(request)) {
                message(response, 403, "Your form has expired", "Go back, reload the page and try again.");
                return;
            }
            Matcher m;
            if (path.equals(ScreeningUrls.INDEX) || path.equals(ScreeningUrls.INDEX + "/")) {
                index(response, actor);
            } else if ((m = CLASS.matcher(path)).matches()) {
                String classId = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
                if (post) {
                    open(request, response, actor, classId);
                } else {
                    classPage(request, response, actor, classId, Optional.empty(), 200);
                }
            } else if ((m = ROUND.matcher(path)).matches()) {
                long roundId = Long.parseLong(m.group(1));
                if (post) {
                    postRound(request, response, actor, roundId);
                } else {
                    round(request, response, actor, roundId);
                }
            } else {
                message(response, 404, "Page not found", "There is no screening page at this address.");
            }
        } catch (AccessDeniedException e) {
            message(response, 403, "You cannot see this screening", e.getMessage());
        } catch (NotFoundException e) {
            message(response, 404, "Not found", e.getMessage());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Logger.Level.ERROR, "Screening page " + path + " failed, reference " + reference, e);
            message(response, 500, "Sorry, there is a problem", "The page cannot be shown right now. Give your MIS"
                    + " support team this reference: " + reference);
        }
    }

    /** The classes the viewer can screen or read: taught ones for a teacher, every class for a whole-school role. */
    private void index(HttpServletResponse response, Actor actor) throws IOException {
        List<SchoolClass> list = actor.hasAny(ThriveRole.SENIOR_LEAD, ThriveRole.PRACTITIONER) ? classes.classes()
                : actor.hasAny(ThriveRole.TEACHER) ? classes.taughtBy(actor.userId()) : List.of();
        // in a trust, the classes of the viewer's schools (the domain refuses the others in any case)
        SchoolDirectory directory = schools;
        Map<String, String> names = directory == null ? Map.of() : directory.schools().stream()
                .collect(Collectors.toMap(School::key, School::name, (a, b) -> a));
        boolean several = names.keySet().stream().filter(actor.schools()::includes).count() > 1;
        List<IndexView.ClassLink> links = list.stream()
                .filter(c -> actor.schools().everySchool()
                        || directory != null && directory.schoolOfClass(c.id()).filter(actor.schools()::includes).isPresent())
                .map(c -> new IndexView.ClassLink(several ? c.name() + " (" + directory.schoolOfClass(c.id())
                        .map(k -> names.getOrDefault(k, k)).orElse("") + ")" : c.name(), ScreeningUrls.classPage(c.id())))
                .toList();
        templates.respond(response, 200, "screening/index.jte", new IndexView(page("Whole-group screening",
                "/pupils", "Back to the MIS", List.of()), links));
    }

    private void classPage(HttpServletRequest request, HttpServletResponse response, Actor actor, String classId,
            Optional<String> openError, int status) throws IOException {
        List<ScreeningRound> rounds = screening.rounds(actor, classId);
        String className = classes.schoolClass(classId).map(SchoolClass::name).orElse(classId);
        LocalDate today = LocalDate.now(clock);
        int year = Optional.ofNullable(request.getParameter("year")).filter(y -> YEAR.matcher(y).matches())
                .map(Integer::parseInt).orElse(Term.academicYearOf(today));
        List<RoundsView.Row> rows = rounds.stream().map(r -> new RoundsView.Row(r.title(), r.status().label(),
                r.status() == RoundStatus.OPEN ? "govuk-tag--yellow" : "govuk-tag--green",
                UkFormat.date(r.openedOn()) + " by " + r.openedBy(), ScreeningUrls.round(r.id()),
                r.status() == RoundStatus.OPEN ? (mayWrite(actor, classId) ? "Continue marking" : "View grid")
                        : "View class profile")).toList();
        Optional<RoundsView.OpenForm> open = Optional.empty();
        if (mayWrite(actor, classId)) {
            int current = Term.academicYearOf(today);
            List<RoundsView.TermOption> terms = new ArrayList<>();
            for (Term t : Term.values()) {
                boolean taken = rounds.stream().anyMatch(r -> r.academicYear() == current && r.term() == t);
                if (!taken) {
                    terms.add(new RoundsView.TermOption(t.name(), t.label() + " " + Term.academicYearLabel(current),
                            t == Term.of(today), "term-" + t.name().toLowerCase()));
                }
            }
            if (!terms.isEmpty()) {
                open = Optional.of(new RoundsView.OpenForm(ScreeningUrls.classPage(classId), CurrentUser.CSRF_FIELD,
                        currentUser.csrfToken(request), terms, openError.orElse("")));
            }
        }
        List<ClassProfile> closed = screening.year(actor, classId, year);
        Optional<Comparison> comparison = closed.isEmpty() ? Optional.empty()
                : Optional.of(Comparison.of(className, Term.academicYearLabel(year), closed));
        List<ErrorLink> errors = openError.map(e -> List.of(new ErrorLink("#term-autumn", e))).orElse(List.of());
        RoundsView view = new RoundsView(page("Whole-group screening: " + className, ScreeningUrls.INDEX,
                "All classes", errors), className, rows, open, Optional.empty(), comparison, Optional.empty());
        templates.respond(response, status, "screening/rounds.jte", view);
    }

    private void open(HttpServletRequest request, HttpServletResponse response, Actor actor, String classId)
            throws IOException {
        Optional<Term> term = parseTerm(request.getParameter("term"));
        if (term.isEmpty()) {
            classPage(request, response, actor, classId, Optional.of("Choose the term to screen"), 400);
            return;
        }
        try {
            ScreeningRound round = screening.open(actor, classId, term.get());
            response.sendRedirect(ScreeningUrls.round(round.id()));
        } catch (ValidationException e) {
            classPage(request, response, actor, classId, Optional.of(e.problems().get(0).message()), 400);
        }
    }

    private void round(HttpServletRequest request, HttpServletResponse response, Actor actor, long roundId)
            throws IOException {
        // a closed round shows its class profile; an open one (the service says so) its grid
        ClassProfile profile;
        try {
            profile = screening.profile(actor, roundId);
        } catch (ValidationException stillOpen) {
            ScreeningGrid grid = screening.grid(actor, roundId);
            Optional<String> banner = "1".equals(request.getParameter("saved")) ? Optional.of("Marks saved")
                    : Optional.empty();
            grid(request, response, actor, grid, banner, List.of(), List.of(), Map.of(), 200);
            return;
        }
        ScreeningRound r = profile.round();
        String classHref = ScreeningUrls.classPage(r.classId());
        ProfileView view = ProfileView.of(page("Class profile: " + r.className() + ", " + r.title(), classHref,
                "Back to " + r.className() + " screening", List.of()), profile, config.pupilRecord(), classHref);
        templates.respond(response, 200, "screening/profile.jte", view);
    }

    private void grid(HttpServletRequest request, HttpServletResponse response, Actor actor, ScreeningGrid grid,
            Optional<String> banner, List<ErrorLink> errors, List<String> conflicts, Map<String, Level> typed,
            int status) throws IOException {
        ScreeningRound r = grid.round();
        GridView view = GridView.of(page("Screening: " + r.className() + ", " + r.title(),
                ScreeningUrls.classPage(r.classId()), "Back to " + r.className() + " screening", errors), grid,
                currentUser.csrfToken(request), CurrentUser.CSRF_FIELD, mayWrite(actor, r.classId()), banner, conflicts,
                typed);
        templates.respond(response, status, "screening/grid.jte", view);
    }

    private void postRound(HttpServletRequest request, HttpServletResponse response, Actor actor, long roundId)
            throws IOException {
        String action = Optional.ofNullable(request.getParameter("action")).orElse("save");
        long version;
        try {
            version = Long.parseLong(Optional.ofNullable(request.getParameter("version")).orElse(""));
        } catch (NumberFormatException e) {
            message(response, 400, "The form is incomplete", "Reload the grid and try again.");
            return;
        }
        Map<String, Level> typed = new LinkedHashMap<>();
        List<Mark> marks = new ArrayList<>();
        for (Map.Entry<String, String[]> p : request.getParameterMap().entrySet()) {
            String[] parts = p.getKey().split(":", 3);
            if (parts.length == 3 && parts[0].equals("m") && p.getValue().length > 0 && !p.getValue()[0].isEmpty()) {
                try {
                    Level level = Level.valueOf(p.getValue()[0]);
                    marks.add(new Mark(parts[1], parts[2], level));
                    typed.put(p.getKey(), level);
                } catch (IllegalArgumentException e) {
                    // not a level the grid offers: ignored, the select shows the stored mark again
                }
            }
        }
        try {
            if (action.equals("close")) {
                screening.close(actor, roundId, version);
                response.sendRedirect(ScreeningUrls.round(roundId));
                return;
            }
            if (!marks.isEmpty()) {
                screening.saveMarks(actor, roundId, version, marks);
            }
            response.sendRedirect(ScreeningUrls.round(roundId) + "?saved=1");
        } catch (ValidationException e) {
            List<ErrorLink> errors = e.problems().stream().map(p -> new ErrorLink("#screening-grid", p.message()))
                    .toList();
            grid(request, response, actor, screening.grid(actor, roundId), Optional.empty(), errors, List.of(),
                    typed, 400);
        } catch (ConflictException e) {
            List<ErrorLink> errors = List.of(new ErrorLink("#screening-grid", "Someone else saved marks in this round"
                    + " since you opened it: " + e.changedBy() + " at " + UkFormat.dateTime(e.changedAt())
                    + ". The grid now shows the marks as stored; choose again where you disagree."));
            grid(request, response, actor, screening.grid(actor, roundId), Optional.empty(), errors, e.changes(),
                    Map.of(), 409);
        }
    }

    /** What to show: the domain decides again on every call. */
    private boolean mayWrite(Actor actor, String classId) {
        return actor.hasAny(ThriveRole.SENIOR_LEAD) || actor.hasAny(ThriveRole.TEACHER)
                && classes.taughtBy(actor.userId()).stream().anyMatch(c -> c.id().equals(classId));
    }

    private static Optional<Term> parseTerm(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(Term.valueOf(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private Page page(String title, String back, String backText, List<ErrorLink> errors) {
        return new Page(title, config.stylesheet(), back, backText, errors);
    }

    private void message(HttpServletResponse response, int status, String title, String text) throws IOException {
        templates.respond(response, status, "screening/message.jte", new MessageView(page(title, ScreeningUrls.INDEX,
                "Whole-group screening", List.of()), text));
    }
}

package org.thrivemis.web.internal.dataprotection;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.NotFoundException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.dataprotection.DataProtectionService;
import org.thrivemis.api.dataprotection.ErasureGround;
import org.thrivemis.api.dataprotection.ErasureReport;
import org.thrivemis.api.dataprotection.Requester;
import org.thrivemis.api.dataprotection.SubjectAccessRecord;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.SchoolDirectory;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.Confirm;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.Erased;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.Home;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.PupilPanel;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.TableRows;
import org.thrivemis.web.internal.tab.ErrorLink;

/**
 * {@code /thrive/data-protection}: find a pupil, export their Thrive record (JSON or a printable
 * page at {@code …/subject-access}), erase it on a documented request (a confirmation step names
 * the pupil and asks for the request reference again) and the retention policy's dry run and run
 * ({@code …/retention}, see {@link RetentionPages}). The domain decides and audits every step.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({DataProtectionServlet.PATH, DataProtectionServlet.PATH + "/*"})
@HttpWhiteboardServletName("thrive-data-protection")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class DataProtectionServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/data-protection";

    private final transient DataProtectionService service;
    private final transient PupilDirectory pupils;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();
    private final transient RetentionPages retention;

    /** The host's schools of a trust, when it serves several. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private transient volatile SchoolDirectory schools;

    @Activate
    public DataProtectionServlet(@Reference DataProtectionService service, @Reference PupilDirectory pupils,
            @Reference RoleMapping roles, @Reference CurrentUser currentUser) {
        this.service = service;
        this.pupils = pupils;
        this.roles = roles;
        this.currentUser = currentUser;
        this.retention = new RetentionPages(service, currentUser, templates);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = actor(request, response);
        if (actor.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        switch (path) {
            case "/retention" -> retention.dryRun(request, response, actor.get());
            case "/subject-access" -> printable(request, response, actor.get());
            case "", "/" -> home(request, response, actor.get(), 200, query(request), ErasureFields.EMPTY, List.of());
            default -> response.sendError(404);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Actor> actor = actor(request, response);
        if (actor.isEmpty()) {
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!currentUser.csrfValid(request)) {
            home(request, response, actor.get(), 403, "", ErasureFields.EMPTY,
                    List.of(new ErrorLink("#pupil", "The form had expired. Find the pupil again and start over.")));
            return;
        }
        switch (path) {
            case "/erase" -> erase(request, response, actor.get());
            case "/retention" -> retention.run(request, response, actor.get());
            default -> response.sendError(404);
        }
    }

    /** Check, then confirm, then erase: the first post shows the confirmation, the second erases. */
    private void erase(HttpServletRequest request, HttpServletResponse response, Actor actor) throws IOException {
        String pupilId = query(request);
        ErasureFields fields = ErasureFields.of(request);
        List<ErrorLink> problems = fields.problems();
        if (pupilId.isEmpty() || !problems.isEmpty()) {
            home(request, response, actor, 400, pupilId, fields, problems);
            return;
        }
        if (outsideSchools(actor, pupilId).isPresent()) {
            home(request, response, actor, 403, pupilId, fields, List.of());
            return;
        }
        PupilPanel pupil = panel(pupilId);
        String confirmation = Optional.ofNullable(request.getParameter("confirmReference")).map(String::strip).orElse(null);
        if (confirmation == null || !confirmation.equals(fields.reference())) {
            List<ErrorLink> errors = confirmation == null ? List.of()
                    : List.of(new ErrorLink("#confirmReference", "Type the request reference exactly as above ("
                            + fields.reference() + ") to confirm the erasure"));
            templates.respond(response, confirmation == null ? 200 : 400, "dataprotection/confirm.jte",
                    new Confirm(DataProtectionViews.STYLESHEET, CurrentUser.CSRF_FIELD, currentUser.csrfToken(request),
                            pupil, fields.form(), Requester.valueOf(fields.requester()).label(),
                            ErasureGround.valueOf(fields.ground()).label(), errors));
            return;
        }
        try {
            ErasureReport report = service.erase(actor, pupilId, fields.request());
            List<TableRows> tables = report.rowsByTable().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new TableRows(e.getKey(), e.getValue())).toList();
            templates.respond(response, 200, "dataprotection/erased.jte", new Erased(DataProtectionViews.STYLESHEET,
                    report.reference(), report.token(), report.totalRows(), tables));
        } catch (ValidationException e) {
            home(request, response, actor, 400, pupilId, fields, e.problems().stream()
                    .map(p -> new ErrorLink("#" + p.field(), p.message())).toList());
        } catch (AccessDeniedException e) {
            home(request, response, actor, 403, pupilId, fields, List.of(new ErrorLink("#pupil", e.getMessage())));
        }
    }

    private void printable(HttpServletRequest request, HttpServletResponse response, Actor actor) throws IOException {
        String pupilId = query(request);
        try {
            SubjectAccessRecord record = service.subjectAccess(actor, pupilId);
            templates.respond(response, 200, "dataprotection/print.jte",
                    SubjectAccessPage.of(record, panel(pupilId), DataProtectionViews.STYLESHEET));
        } catch (AccessDeniedException e) {
            home(request, response, actor, 403, pupilId, ErasureFields.EMPTY, List.of(new ErrorLink("#pupil", e.getMessage())));
        } catch (NotFoundException e) {
            home(request, response, actor, 404, pupilId, ErasureFields.EMPTY, List.of(new ErrorLink("#pupil", e.getMessage())));
        }
    }

    private void home(HttpServletRequest request, HttpServletResponse response, Actor actor, int status, String pupilId,
            ErasureFields fields, List<ErrorLink> errors) throws IOException {
        // the page is for those who may use it; the domain checks each action again
        Optional<String> refusal = actor.hasAny(ThriveRole.ADMIN, ThriveRole.SENIOR_LEAD)
                ? outsideSchools(actor, pupilId)
                : Optional.of("Only administrators (for the school's data protection officer) and senior leads can use"
                        + " the data protection pages. Ask your MIS administrator if you need to.");
        Optional<PupilPanel> pupil = pupilId.isEmpty() || refusal.isPresent() ? Optional.empty() : Optional.of(panel(pupilId));
        templates.respond(response, refusal.isPresent() ? 403 : status, "dataprotection/home.jte",
                new Home(DataProtectionViews.STYLESHEET, CurrentUser.CSRF_FIELD, currentUser.csrfToken(request), pupilId,
                        pupil, fields.form(), errors, refusal, Optional.empty()));
    }

    /**
     * Why the pupil's name may not even be shown: in a trust, a pupil the host places in a school
     * outside the actor's (the domain refuses and audits the export or erasure itself).
     */
    private Optional<String> outsideSchools(Actor actor, String pupilId) {
        SchoolDirectory directory = schools;
        if (pupilId.isEmpty() || actor.schools().everySchool() || directory == null
                || directory.schoolOfPupil(pupilId).isEmpty()) {
            return Optional.empty(); // unknown to the host (a leaver's record): the domain decides
        }
        return directory.schoolOfPupil(pupilId).filter(actor.schools()::includes).isPresent() ? Optional.empty()
                : Optional.of("This pupil is at a school your MIS role does not cover, so you cannot answer a data"
                        + " protection request for them. Ask that school's data protection lead or a trust-wide"
                        + " administrator.");
    }

    /** The pupil as the MIS knows them; a pupil no longer on roll is shown by id only. */
    private PupilPanel panel(String pupilId) {
        return pupils.pupil(pupilId)
                .map(p -> new PupilPanel(p.id(), p.displayName(), p.upn().orElse(""), true))
                .orElseGet(() -> new PupilPanel(pupilId, "Pupil " + pupilId, "", false));
    }

    private static String query(HttpServletRequest request) {
        String value = request.getParameter("pupil");
        return value == null ? "" : value.strip();
    }

    private Optional<Actor> actor(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return ThriveAccess.viewerOrSignIn(currentUser, request, response).map(v -> ThriveAccess.actorOf(roles, v));
    }
}

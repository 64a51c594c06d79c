package org.thrivemis.web.internal.audit;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.RoleMapping;
import org.thrivemis.api.ValidationException;
import org.thrivemis.api.audit.AuditEntry;
import org.thrivemis.api.audit.AuditLog;
import org.thrivemis.api.audit.AuditOutcome;
import org.thrivemis.api.audit.AuditQuery;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.ThriveAccess;

/**
 * {@code /thrive/audit}: who read or changed a pupil's Thrive data, when and why, searched by pupil,
 * member of staff and dates. Senior leads and admins only; the domain decides and audits the search.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(AuditSearchServlet.PATH)
@HttpWhiteboardServletName("thrive-audit-search")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=default)")
public final class AuditSearchServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/thrive/audit";
    static final String STYLESHEET = "/assets/govuk-frontend.min.css";
    private static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK);

    private final transient AuditLog audit;
    private final transient RoleMapping roles;
    private final transient CurrentUser currentUser;
    private final transient Templates templates = new Templates();

    @Activate
    public AuditSearchServlet(@Reference AuditLog audit, @Reference RoleMapping roles,
            @Reference CurrentUser currentUser) {
        this.audit = audit;
        this.roles = roles;
        this.currentUser = currentUser;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = ThriveAccess.viewerOrSignIn(currentUser, request, response);
        if (viewer.isEmpty()) {
            return;
        }
        String pupil = field(request, "pupil");
        String staff = field(request, "staff");
        String from = field(request, "from");
        String to = field(request, "to");
        List<AuditView.Problem> problems = new ArrayList<>();
        Optional<LocalDate> fromDay = day(from, "from", "Date from", problems);
        Optional<LocalDate> toDay = day(to, "to", "Date to", problems);
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            problems.add(new AuditView.Problem("to", "Date to must be the same as or after date from"));
        }
        int status = 200;
        Optional<String> refusal = Optional.empty();
        List<AuditView.Row> rows = List.of();
        if (problems.isEmpty()) {
            ZoneId zone = ZoneId.systemDefault();
            AuditQuery query = new AuditQuery(optional(pupil), optional(staff), Optional.empty(),
                    fromDay.map(d -> d.atStartOfDay(zone).toInstant()),
                    toDay.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()), LIMIT);
            try {
                rows = audit.search(ThriveAccess.actorOf(roles, viewer.get()), query).stream()
                        .map(e -> row(e, zone)).toList();
            } catch (AccessDeniedException e) {
                status = 403;
                refusal = Optional.of("Only senior leads and administrators can search the audit trail.");
            } catch (ValidationException e) {
                e.problems().forEach(p -> problems.add(new AuditView.Problem(p.field(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            status = 400;
        }
        AuditView view = new AuditView(STYLESHEET, pupil, staff, from, to, problems, refusal, rows);
        templates.respond(response, status, "audit/search.jte", view);
    }

    private static String field(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<LocalDate> day(String text, String id, String label, List<AuditView.Problem> problems) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(new AuditView.Problem(id, label + " must be a real date, for example 2026-11-02, not \"" + text + "\""));
            return Optional.empty();
        }
    }

    static AuditView.Row row(AuditEntry e, ZoneId zone) {
        return new AuditView.Row(WHEN.format(e.at().atZone(zone)), e.actorName() + " (" + e.actorId() + ")", e.action(),
                e.pupilId().isEmpty() ? "—" : e.pupilId(), e.detail(),
                e.outcome() == AuditOutcome.DENIED ? "Refused" : "Allowed", e.outcome() == AuditOutcome.DENIED);
    }
}

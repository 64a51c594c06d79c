package org.thrivemis.web.internal.dataprotection;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.dataprotection.DataProtectionService;
import org.thrivemis.api.dataprotection.RetentionPlan;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionProgress;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.web.internal.Templates;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.DueRow;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.Retention;
import org.thrivemis.web.internal.dataprotection.DataProtectionViews.RunRow;
import org.thrivemis.web.internal.tab.ErrorLink;
import org.thrivemis.web.internal.UkFormat;

/**
 * {@code /thrive/data-protection/retention}: the retention policy's dry run (who it would archive or
 * erase, changing nothing) and, for admins, the button that applies it after ticking a confirmation.
 * The run goes on in the background (post, redirect, get): while it runs the page shows how many
 * pupils are done and refreshes itself, without script; then it shows what the run did.
 */
final class RetentionPages {
    private final DataProtectionService service;
    private final CurrentUser currentUser;
    private final Templates templates;

    RetentionPages(DataProtectionService service, CurrentUser currentUser, Templates templates) {
        this.service = service;
        this.currentUser = currentUser;
        this.templates = templates;
    }

    /** Where the page sends the browser after starting a run: the same page, following that run. */
    static final String STARTED = "/thrive/data-protection/retention?started=1";

    void dryRun(HttpServletRequest request, HttpServletResponse response, Actor actor) throws IOException {
        try {
            Optional<RetentionProgress> run = service.retentionProgress(actor);
            boolean justStarted = request.getParameter("started") != null;
            if (run.isPresent() && run.get().running()) {
                // the dry run would list pupils being erased this moment, and audit a read of each at every refresh
                progress(request, response, actor, run.get(), justStarted);
                return;
            }
            respond(request, response, actor, 200, service.retentionPlan(actor),
                    run.map(r -> row(r, justStarted)), List.of());
        } catch (AccessDeniedException e) {
            refused(request, response, e);
        }
    }

    void run(HttpServletRequest request, HttpServletResponse response, Actor actor) throws IOException {
        try {
            if (!"yes".equals(request.getParameter("confirm"))) {
                respond(request, response, actor, 400, service.retentionPlan(actor), Optional.empty(),
                        List.of(new ErrorLink("#confirm", "Tick the box to confirm you want to apply the retention"
                                + " policy to the pupils listed")));
                return;
            }
            service.startRetention(actor);
            // post, redirect (303 See Other), get: the page follows the run, and a reload does not start another
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + STARTED);
        } catch (AccessDeniedException e) {
            refused(request, response, e);
        }
    }

    private void progress(HttpServletRequest request, HttpServletResponse response, Actor actor,
            RetentionProgress run, boolean justStarted) throws IOException {
        templates.respond(response, 200, "dataprotection/retention.jte", new Retention(DataProtectionViews.STYLESHEET,
                CurrentUser.CSRF_FIELD, currentUser.csrfToken(request), Optional.empty(), run.action().label(), 0, "",
                List.of(), actor.hasAny(ThriveRole.ADMIN), Optional.of(row(run, justStarted)), List.of()));
    }

    private static RunRow row(RetentionProgress run, boolean justStarted) {
        return new RunRow(run.action() == RetentionAction.ARCHIVE ? "Archiving" : "Erasing", run.done(), run.total(),
                run.percent(), run.startedBy(), UkFormat.dateTime(run.startedAt()), justStarted,
                run.finishedAt().map(UkFormat::dateTime), run.failure());
    }

    private void respond(HttpServletRequest request, HttpServletResponse response, Actor actor, int status,
            RetentionPlan plan, Optional<RunRow> done, List<ErrorLink> errors) throws IOException {
        List<DueRow> due = plan.pupils().stream()
                .map(p -> new DueRow(p.pupilId(), p.name(), UkFormat.date(p.leftOn()))).toList();
        templates.respond(response, status, "dataprotection/retention.jte", new Retention(DataProtectionViews.STYLESHEET,
                CurrentUser.CSRF_FIELD, currentUser.csrfToken(request), Optional.empty(), plan.action().label(),
                plan.years(), UkFormat.date(plan.leftBefore()), due, actor.hasAny(ThriveRole.ADMIN), done, errors));
    }

    private void refused(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        templates.respond(response, 403, "dataprotection/retention.jte", new Retention(DataProtectionViews.STYLESHEET,
                CurrentUser.CSRF_FIELD, currentUser.csrfToken(request), Optional.of(e.getMessage()), "", 0, "",
                List.of(), false, Optional.empty(), List.of()));
    }
}

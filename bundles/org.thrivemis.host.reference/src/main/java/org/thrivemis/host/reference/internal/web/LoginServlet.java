package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.auth.Accounts;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.host.reference.internal.auth.PasswordHasher;
import org.thrivemis.host.reference.internal.school.DemoAccount;
import org.thrivemis.host.reference.internal.school.SampleSchool;

/**
 * Sign-in: {@code GET /login} shows the form (username, password, CSRF token) and the demo
 * accounts; {@code POST /login} checks them, starts the signed-in session under a new session id
 * and sends the browser to {@code next} (a local path) or the pupil list. A failed attempt shows
 * the form again with a GOV.UK error summary, status 401, the username kept.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/login")
public final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String HOME = "/pupils";

    private final transient HostSessions sessions;
    private final transient SampleSchool sampleSchool;
    private final transient HostPages pages;
    private transient volatile Accounts accounts;

    @Activate
    public LoginServlet(@Reference HostSessions sessions, @Reference SampleSchool sampleSchool) {
        this.sessions = sessions;
        this.sampleSchool = sampleSchool;
        this.pages = new HostPages(sessions, new Templates());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        if (sessions.viewer(request).isPresent()) {
            HostPages.redirect(response, next.isEmpty() ? HOME : next);
            return;
        }
        show(request, response, HttpServletResponse.SC_OK, next, "", List.of(),
                request.getParameter("signedOut") != null);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = safeNext(request.getParameter("next"));
        String username = Optional.ofNullable(request.getParameter("username")).orElse("").strip();
        String password = Optional.ofNullable(request.getParameter("password")).orElse("");
        if (!sessions.csrfValid(request)) {
            show(request, response, HttpServletResponse.SC_FORBIDDEN, next, username, List.of(new LoginPage.FieldError(
                    "username", "The sign-in form expired before it was sent. Enter your username and password again")),
                    false);
            return;
        }
        List<LoginPage.FieldError> errors = new ArrayList<>();
        if (username.isEmpty()) {
            errors.add(new LoginPage.FieldError("username", "Enter your username"));
        }
        if (password.isEmpty()) {
            errors.add(new LoginPage.FieldError("password", "Enter your password"));
        }
        Optional<String> staffId = errors.isEmpty() ? accounts().authenticate(username, password.toCharArray())
                : Optional.empty();
        if (errors.isEmpty() && staffId.isEmpty()) {
            errors.add(new LoginPage.FieldError("username",
                    "Enter a correct username and password (the demo accounts are listed on this page)"));
        }
        if (!errors.isEmpty()) {
            show(request, response, HttpServletResponse.SC_UNAUTHORIZED, next, username, errors, false);
            return;
        }
        sessions.signIn(request, staffId.get());
        HostPages.redirect(response, next.isEmpty() ? HOME : next);
    }

    private void show(HttpServletRequest request, HttpServletResponse response, int status, String next,
            String username, List<LoginPage.FieldError> errors, boolean signedOut) throws IOException {
        String token = sessions.startSession(request);
        String title = errors.isEmpty() ? "Sign in" : "Error: Sign in";
        pages.page(response, status, "login.jte", new LoginPage(Chrome.anonymous(title), token, next, username,
                errors, signedOut, sampleSchool.school().demoAccounts()));
    }

    /** Hashing takes a moment per account: done on first use, not while the framework starts. */
    private Accounts accounts() {
        Accounts current = accounts;
        if (current == null) {
            synchronized (this) {
                if (accounts == null) {
                    PasswordHasher hasher = new PasswordHasher(new SecureRandom());
                    List<Accounts.Account> list = sampleSchool.school().demoAccounts().stream()
                            .map(a -> new Accounts.Account(a.username(), a.staffId(),
                                    hasher.hash(DemoAccount.PASSWORD.toCharArray())))
                            .toList();
                    accounts = new Accounts(hasher, list);
                }
                current = accounts;
            }
        }
        return current;
    }

    private static String safeNext(String next) {
        return LocalPaths.isLocal(next) && !next.startsWith("/login") ? next : "";
    }
}

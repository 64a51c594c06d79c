package org.thrivemis.web.internal.dataprotection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.Actor;
import org.thrivemis.api.dataprotection.DataProtectionService;
import org.thrivemis.api.dataprotection.ErasureReport;
import org.thrivemis.api.dataprotection.ErasureRequest;
import org.thrivemis.api.dataprotection.RetentionAction;
import org.thrivemis.api.dataprotection.RetentionCandidate;
import org.thrivemis.api.dataprotection.RetentionPlan;
import org.thrivemis.api.dataprotection.RetentionProgress;
import org.thrivemis.api.dataprotection.RetentionResult;
import org.thrivemis.api.dataprotection.SubjectAccessRecord;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Fixtures;

/**
 * The retention page while a run goes and after: it starts the run in the background and redirects,
 * shows how far the run has got and refreshes itself (no script needed), then what it did.
 */
class RetentionPagesTest {
    private static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    private final FakeService service = new FakeService();
    private final Optional<Viewer> viewer = Optional.of(Fixtures.viewer("admin"));
    private final CurrentUser host = new CurrentUser() {
        @Override
        public Optional<Viewer> viewer(HttpServletRequest request) {
            return viewer;
        }

        @Override
        public String csrfToken(HttpServletRequest request) {
            return "tok-1";
        }

        @Override
        public boolean csrfValid(HttpServletRequest request) {
            return "tok-1".equals(request.getParameter(CSRF_FIELD));
        }
    };
    private final DataProtectionServlet servlet = new DataProtectionServlet(service, null, Fixtures.ROLES, host);

    @Test
    void applyingThePolicyStartsItInTheBackgroundAndRedirectsToItsProgress() throws Exception {
        Response r = send("POST", Map.of("_csrf", "tok-1", "confirm", "yes"));

        assertEquals(1, service.starts);
        assertEquals(303, r.status, "See Other: the browser gets the page with GET");
        assertEquals("/thrive/data-protection/retention?started=1", r.headers.get("Location"));
    }

    @Test
    void withoutTheConfirmationNothingStarts() throws Exception {
        Response r = send("POST", Map.of("_csrf", "tok-1"));

        assertEquals(400, r.status);
        assertEquals(0, service.starts);
        assertTrue(r.body.contains("Tick the box"), r.body);
    }

    @Test
    void whileARunGoesThePageSaysHowFarItGotAndRefreshesItself() throws Exception {
        service.progress = Optional.of(new RetentionProgress("Ada Admin", T, RetentionAction.ERASE, 340, 12,
                Optional.empty(), Optional.empty()));

        Response r = send("GET", Map.of("started", "1"));

        assertEquals(200, r.status);
        assertTrue(r.body.contains("<meta http-equiv=\"refresh\" content=\"2\">"), r.body);
        assertTrue(r.body.contains("role=\"status\" aria-live=\"polite\""), r.body);
        assertTrue(r.body.contains("Erasing the Thrive data of pupils who left: <strong>12 of 340</strong> done (3%)"),
                r.body);
        assertTrue(r.body.contains("Started by Ada Admin on 20 November 2026, 10:00am"), r.body);
        assertTrue(r.body.contains("href=\"/thrive/data-protection/retention?started=1\">Check the progress now</a>"),
                "a link for browsers that do not refresh: " + r.body);
        assertFalse(r.body.contains("Apply the retention policy now"), "no second run offered while one goes");
        assertEquals(0, service.dryRuns, "no dry run (an audited read of every pupil listed) at each refresh");
    }

    @Test
    void onceTheRunEndedThePageSaysWhatItDidAndStopsRefreshing() throws Exception {
        service.progress = Optional.of(new RetentionProgress("Ada Admin", T, RetentionAction.ERASE, 340, 340,
                Optional.of(T.plusSeconds(90)), Optional.empty()));

        Response r = send("GET", Map.of("started", "1"));

        assertFalse(r.body.contains("http-equiv=\"refresh\""), r.body);
        assertTrue(r.body.contains("Retention policy applied to 340 pupils."), r.body);
        assertTrue(r.body.replaceAll("\\s+", " ").contains("Last run on this server: 340 of 340 pupils done, started by"
                + " Ada Admin on 20 November 2026, 10:00am, ended 20 November 2026, 10:01am."), r.body);
        assertEquals(1, service.dryRuns, "the dry run shows who is still due");

        Response later = send("GET", Map.of());
        assertFalse(later.body.contains("Retention policy applied"), "the banner follows the user's own run only");
        assertTrue(later.body.contains("Last run on this server: 340 of 340 pupils done"), later.body);
    }

    @Test
    void aRunThatStoppedPartWayIsAnErrorSayingHowFarItGot() throws Exception {
        service.progress = Optional.of(new RetentionProgress("Retention schedule", T, RetentionAction.ARCHIVE, 340, 120,
                Optional.of(T.plusSeconds(30)), Optional.of("The run stopped after 120 of 340 pupils (StoreException);"
                        + " those are done. Run the policy again to continue.")));

        Response r = send("GET", Map.of());

        assertTrue(r.body.contains("<title>Error: Retention policy - Thrive</title>"), r.body);
        assertTrue(r.body.contains("<a href=\"#last-run\">The run stopped after 120 of 340 pupils"), r.body);
        assertTrue(r.body.contains("id=\"last-run\""), r.body);
        assertFalse(r.body.contains("Retention policy applied"), r.body);
    }

    private Response send(String method, Map<String, String> params) throws Exception {
        Response r = new Response();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> "/retention";
                    case "getContextPath" -> "";
                    case "getParameter" -> params.get((String) args[0]);
                    case "getProtocol" -> "HTTP/1.1";
                    case "toString" -> method;
                    default -> throw new UnsupportedOperationException("request." + m.getName());
                });
        servlet.service(request, r.proxy());
        return r;
    }

    static final class Response {
        int status = 200;
        String redirect;
        String body = "";
        final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(RetentionPagesTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                        switch (m.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentType", "setContentLength", "setCharacterEncoding" -> { }
                            case "sendRedirect" -> {
                                status = 303;
                                redirect = (String) args[0];
                            }
                            case "getOutputStream" -> {
                                return new ServletOutputStream() {
                                    @Override
                                    public void write(int b) {
                                        out.write(b);
                                        body = out.toString(StandardCharsets.UTF_8);
                                    }

                                    @Override
                                    public boolean isReady() {
                                        return true;
                                    }

                                    @Override
                                    public void setWriteListener(WriteListener listener) {
                                    }
                                };
                            }
                            default -> throw new UnsupportedOperationException("response." + m.getName());
                        }
                        return null;
                    });
        }
    }

    /** The domain's side as the page sees it: a plan with one pupil due, and whatever progress the test sets. */
    static final class FakeService implements DataProtectionService {
        Optional<RetentionProgress> progress = Optional.empty();
        int starts;
        int dryRuns;

        @Override
        public SubjectAccessRecord subjectAccess(Actor actor, String pupilId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ErasureReport erase(Actor actor, String pupilId, ErasureRequest request) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RetentionPlan retentionPlan(Actor actor) {
            dryRuns++;
            return new RetentionPlan(RetentionAction.ERASE, 6, LocalDate.of(2020, 11, 20),
                    List.of(new RetentionCandidate("P-OLD", "Old Leaver", LocalDate.of(2019, 7, 19))));
        }

        @Override
        public RetentionResult applyRetention(Actor actor) {
            throw new UnsupportedOperationException("the page starts runs in the background");
        }

        @Override
        public RetentionProgress startRetention(Actor actor) {
            starts++;
            return new RetentionProgress(actor.displayName(), T, RetentionAction.ERASE, 1, 0, Optional.empty(),
                    Optional.empty());
        }

        @Override
        public Optional<RetentionProgress> retentionProgress(Actor actor) {
            return progress;
        }
    }
}

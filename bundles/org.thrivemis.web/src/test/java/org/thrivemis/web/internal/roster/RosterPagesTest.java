package org.thrivemis.web.internal.roster;

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
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.AccessDeniedException;
import org.thrivemis.api.Actor;
import org.thrivemis.api.ThriveRole;
import org.thrivemis.api.roster.BaselinePupil;
import org.thrivemis.api.roster.EntityCounts;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.RosterEntity;
import org.thrivemis.api.roster.RosterSync;
import org.thrivemis.api.roster.SourceInfo;
import org.thrivemis.api.roster.SyncAlreadyRunningException;
import org.thrivemis.api.roster.SyncIssue;
import org.thrivemis.api.roster.SyncProgress;
import org.thrivemis.api.roster.SyncReport;
import org.thrivemis.api.roster.SyncStatus;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.Fixtures;

/** The roster admin and baseline pages, called directly with a fake sync service and host. */
class RosterPagesTest {
    private static final Instant T = Instant.parse("2026-01-06T08:00:00Z");

    private final FakeSync sync = new FakeSync();
    private Optional<Viewer> viewer = Optional.of(Fixtures.viewer("admin"));
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
    private final RosterAdminServlet admin = new RosterAdminServlet(sync, Fixtures.ROLES, host);

    @Test
    void listsSourcesAndRunsWithTheirIssuesEscapedAndNoRefreshWhenIdle() throws Exception {
        sync.runs.add(new SyncReport(3, "trust", "Ada Admin", T, Optional.of(T), SyncStatus.REFUSED,
                Map.of(RosterEntity.PUPIL, new EntityCounts(0, 0, 0)),
                List.of(SyncIssue.error(Origin.line("users.csv", 7), "givenName", "<script>alert(1)</script>",
                        "The givenName starts with '=', which spreadsheets run as a formula."))));

        Response r = get(admin, null);

        assertEquals(200, r.status);
        assertTrue(r.body.contains("Trust export"), r.body);
        assertTrue(r.body.contains("Run sync now<span class=\"govuk-visually-hidden\"> for Trust export</span>"));
        assertTrue(r.body.contains("Run 3 of trust: Refused: nothing changed"));
        assertTrue(r.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the value is shown as text");
        assertFalse(r.body.contains("<script>alert"), "never as markup");
        assertTrue(r.body.contains("<td class=\"govuk-table__cell\">users.csv</td>"));
        assertTrue(r.body.contains("name=\"_csrf\" value=\"tok-1\""));
        assertFalse(r.body.contains("http-equiv=\"refresh\""));
    }

    @Test
    void offersTheUploadOnlyWhenASourceReadsOneRosterCsv() throws Exception {
        assertTrue(get(admin, null).body.contains("enctype=\"multipart/form-data\""));

        sync.kind = "host";

        assertFalse(get(admin, null).body.contains("enctype=\"multipart/form-data\""));
    }

    @Test
    void refreshesItselfWithProgressWhileASyncRuns() throws Exception {
        sync.running = Optional.of(new SyncProgress(4, "trust", "Reading users.csv", 1200, T));

        Response r = get(admin, null);

        assertTrue(r.body.contains("<meta http-equiv=\"refresh\" content=\"5\">"), r.body);
        assertTrue(r.body.contains("Reading users.csv (1200 records read"), r.body);
    }

    @Test
    void runSyncNowStartsInTheBackgroundAndRedirectsToTheProgress() throws Exception {
        Response r = post(admin, Map.of("_csrf", "tok-1", "source", "trust"));

        assertEquals(List.of("trust"), sync.started);
        assertEquals("/thrive/admin/roster?started=9", r.redirect);
    }

    @Test
    void aPostWithoutTheCsrfTokenStartsNothing() throws Exception {
        Response r = post(admin, Map.of("source", "trust"));

        assertEquals(403, r.status);
        assertTrue(sync.started.isEmpty());
    }

    @Test
    void aSecondRunIsRefusedWithTheServiceMessage() throws Exception {
        sync.refuse = true;

        Response r = post(admin, Map.of("_csrf", "tok-1", "source", "trust"));

        assertEquals(409, r.status);
        assertTrue(r.body.contains("govuk-error-summary"));
        assertTrue(r.body.contains("is already running"), r.body);
    }

    @Test
    void theBaselinePageListsFlaggedPupilsOrSaysWhoMaySeeIt() throws Exception {
        BaselineServlet page = new BaselineServlet(actor -> {
            if (!actor.hasAny(ThriveRole.OFFICE, ThriveRole.PRACTITIONER)) {
                throw new AccessDeniedException("Your Thrive role does not let you see this list.");
            }
            return List.of(new BaselinePupil("trust", "u9", Optional.empty(), "Ivy", "Green",
                    Optional.of(LocalDate.of(2016, 10, 10)), List.of("Elm Primary"), T));
        }, Fixtures.ROLES, host);

        viewer = Optional.of(Fixtures.viewer("office"));
        Response office = get(page, null);
        assertEquals(200, office.status);
        assertTrue(office.body.contains("Ivy Green") && office.body.contains("10 October 2016"), office.body);

        viewer = Optional.of(Fixtures.viewer("teacher"));
        Response teacher = get(page, null);
        assertEquals(403, teacher.status);
        assertTrue(teacher.body.contains("does not let you see this list"));
    }

    // ---- doubles ----

    private static Response get(jakarta.servlet.http.HttpServlet servlet, String pathInfo) throws Exception {
        Response r = new Response();
        servlet.service(request("GET", pathInfo, Map.of()), r.proxy());
        return r;
    }

    private static Response post(jakarta.servlet.http.HttpServlet servlet, Map<String, String> form) throws Exception {
        Response r = new Response();
        servlet.service(request("POST", null, form), r.proxy());
        return r;
    }

    private static HttpServletRequest request(String method, String pathInfo, Map<String, String> params) {
        return (HttpServletRequest) Proxy.newProxyInstance(RosterPagesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getPathInfo" -> pathInfo;
                    case "getContextPath" -> "";
                    case "getParameter" -> params.get((String) args[0]);
                    case "getProtocol" -> "HTTP/1.1";
                    case "toString" -> method;
                    default -> throw new UnsupportedOperationException("request." + m.getName());
                });
    }

    static final class Response {
        int status = 200;
        String redirect;
        String body = "";
        final Map<String, String> headers = new HashMap<>();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        HttpServletResponse proxy() {
            return (HttpServletResponse) Proxy.newProxyInstance(RosterPagesTest.class.getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                        switch (m.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                            case "setContentType", "setContentLength" -> { }
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

    static final class FakeSync implements RosterSync {
        final List<SyncReport> runs = new ArrayList<>();
        final List<String> started = new ArrayList<>();
        Optional<SyncProgress> running = Optional.empty();
        String kind = "oneroster-csv";
        boolean refuse;

        @Override
        public List<SourceInfo> sources(Actor actor) {
            return List.of(new SourceInfo("trust", "Trust export", kind, running));
        }

        @Override
        public long start(Actor actor, String sourceId, Optional<Path> upload) {
            if (refuse) {
                throw new SyncAlreadyRunningException(sourceId, 8);
            }
            started.add(sourceId);
            return 9;
        }

        @Override
        public SyncReport run(Actor actor, String sourceId, Optional<Path> upload) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<SyncProgress> progress(String sourceId) {
            return running;
        }

        @Override
        public List<SyncReport> recentRuns(Actor actor, int limit) {
            return runs;
        }

        @Override
        public Optional<SyncReport> report(Actor actor, long runId) {
            return Optional.empty();
        }
    }
}

package org.thrivemis.web.internal.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.thrivemis.web.internal.Fixtures.ROLES;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.thrivemis.api.plan.ActionPlan;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.profile.AssessmentStatus;
import org.thrivemis.mis.api.CurrentUser;
import org.thrivemis.mis.api.Pupil;
import org.thrivemis.mis.api.PupilDirectory;
import org.thrivemis.mis.api.Viewer;
import org.thrivemis.web.internal.FakeAssessmentService;
import org.thrivemis.web.internal.FakePlanService;
import org.thrivemis.web.internal.Fixtures;

/** The printable pages: the home sheet for parents and the meeting summary, signed in and checked. */
class PlanPagesServletTest {
    private final FakePlanService plans = new FakePlanService();
    private final FakeAssessmentService assessments = new FakeAssessmentService();
    private Optional<Viewer> viewer = Optional.of(Fixtures.viewer("practitioner"));
    private final PlanPagesServlet servlet = new PlanPagesServlet(plans, assessments, ROLES, host(), pupils(),
            config(), Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneId.of("Europe/London")));

    private int status;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    private String get(String pathInfo, String back) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, args) -> switch (m.getName()) {
                    case "getPathInfo" -> pathInfo;
                    case "getParameter" -> back;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, args) -> {
                    switch (m.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "getOutputStream" -> {
                            return new jakarta.servlet.ServletOutputStream() {
                                @Override
                                public void write(int b) {
                                    body.write(b);
                                }

                                @Override
                                public boolean isReady() {
                                    return true;
                                }

                                @Override
                                public void setWriteListener(jakarta.servlet.WriteListener l) {
                                }
                            };
                        }
                        default -> {
                            return null;
                        }
                    }
                    return null;
                });
        servlet.doGet(request, response);
        return body.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theHomeSheetListsTheHomeActivitiesOnlyAndPrintsWithoutNavigation() throws Exception {
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));

        String html = get("/p1/plans/" + plan.id() + "/home-sheet", "/pupils/p1?tab=thrive-action-plan");

        assertEquals(200, status);
        assertTrue(html.contains("Activities to try at home with Ada Lovelace"));
        assertTrue(html.contains("<li>Bedtime story: read together in a calm place</li>"));
        assertFalse(html.contains("Meet and greet"), "school activities are not for the parents' sheet");
        assertTrue(html.contains("@media print"));
        assertTrue(html.contains("href=\"/pupils/p1?tab=thrive-action-plan\">Back to the action plan"));
        assertTrue(html.contains("1 May 2026"), "the review date");
        assertEquals(List.of("get " + plan.id()), plans.calls, "read through the service, which audits it");
    }

    @Test
    void theSummaryShowsTheStageFromTheAssessmentAndThePlan() throws Exception {
        assessments.add(7, "p1", AssessmentStatus.COMPLETED);
        ActionPlan plan = plans.seed("p1", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));

        String html = get("/p1/plans/" + plan.id() + "/summary", null);

        assertEquals(200, status);
        assertTrue(html.contains("Working stage: Being; expected for age: Skills and structure"), html);
        assertTrue(html.contains("Meet and greet"));
        assertFalse(html.contains("Back to the action plan"), "no back link without a known tab");
    }

    @Test
    void aBackLinkToAnotherSiteIsIgnored() {
        assertEquals(Optional.empty(), PlanPagesServlet.backLink("//evil.example/x"));
        assertEquals(Optional.empty(), PlanPagesServlet.backLink("https://evil.example/x"));
        assertEquals(Optional.of("/pupils/p1"), PlanPagesServlet.backLink("/pupils/p1"));
    }

    @Test
    void anotherPupilsPlanIsNotFoundAndSignedOutIs401() throws Exception {
        ActionPlan plan = plans.seed("p2", PlanStatus.ACTIVE, LocalDate.of(2026, 5, 1));

        get("/p1/plans/" + plan.id() + "/home-sheet", null);
        assertEquals(404, status);

        viewer = Optional.empty();
        get("/p1/plans/" + plan.id() + "/home-sheet", null);
        assertEquals(401, status);
    }

    private CurrentUser host() {
        return new CurrentUser() {
            @Override
            public Optional<Viewer> viewer(HttpServletRequest request) {
                return viewer;
            }

            @Override
            public String csrfToken(HttpServletRequest request) {
                return "";
            }

            @Override
            public boolean csrfValid(HttpServletRequest request) {
                return false;
            }
        };
    }

    private static PupilDirectory pupils() {
        return new PupilDirectory() {
            @Override
            public Optional<Pupil> pupil(String id) {
                return Optional.of(Fixtures.pupil(id));
            }

            @Override
            public List<Pupil> pupils(Collection<String> ids) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Pupil> search(String text, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Pupil> all() {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static PlanPagesConfig config() {
        return new PlanPagesConfig() {
            @Override
            public Class<? extends java.lang.annotation.Annotation> annotationType() {
                return PlanPagesConfig.class;
            }

            @Override
            public String stylesheet() {
                return "/assets/govuk-frontend.min.css";
            }

            @Override
            public String schoolName() {
                return "";
            }
        };
    }
}

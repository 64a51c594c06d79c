package org.thrivemis.host.reference.internal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.thrivemis.host.reference.internal.school.DemoAccount;
import org.thrivemis.host.reference.internal.web.classes.RegisterPage;
import org.thrivemis.host.reference.internal.web.pupils.PupilRecordPage;
import org.thrivemis.host.reference.internal.web.pupils.TabLink;
import org.thrivemis.mis.api.Viewer;

/** The precompiled templates as a browser (or a test) reads them. */
class TemplatesTest {

    private final Templates templates = new Templates();
    private final Viewer admin = new Viewer("S005", "Daniel Okafor", Set.of("admin"),
            Set.of("mis.pupils.view", "thrive.view", "mis.admin"));
    private final Viewer teacher = new Viewer("S002", "James Whitaker", Set.of("teacher"),
            Set.of("mis.pupils.view", "thrive.view"));

    @Test
    void thePupilRecordHasALinkTabStripAndAPanelWithTheTabsHtml() {
        String html = templates.render("pupils/record.jte", new PupilRecordPage(
                Chrome.signedIn("Record", teacher, Chrome.Section.PUPILS, "tok"), "Ava <Smith>", "Year 3 Oak",
                List.of(new TabLink("details", "Details", "/pupils/P0001?tab=details", true),
                        new TabLink("attendance", "Attendance", "/pupils/P0001?tab=attendance", false),
                        new TabLink("thrive", "Thrive", "/pupils/P0001?tab=thrive", false)),
                "details", "<p class=\"govuk-body\">from the tab</p>"));
        assertTrue(html.contains("<nav class=\"app-tabs\" aria-label=\"Pupil record\"><ul><li id=\"tab-details\">"
                + "<a href=\"/pupils/P0001?tab=details\" data-tab-id=\"details\" aria-current=\"page\">Details</a>"), html);
        assertTrue(html.contains("<a href=\"/pupils/P0001?tab=attendance\" data-tab-id=\"attendance\">Attendance</a>"), html);
        assertTrue(html.contains("<section class=\"app-tab-panel\" data-tab-panel=\"details\" aria-labelledby=\"tab-details\">"), html);
        assertTrue(html.contains("<p class=\"govuk-body\">from the tab</p>"), "the panel is inserted as it is");
        assertTrue(html.contains("Ava &lt;Smith&gt;"), "the host escapes what it writes");
    }

    @Test
    void theChromeHasSkipLinkNavigationSignOutFormAndFooter() {
        String html = templates.render("error.jte", new ErrorPage(
                Chrome.signedIn("Page not found", admin, Chrome.Section.NONE, "tok123"), 404, "Page not found", "Check it."));
        assertTrue(html.contains("class=\"govuk-skip-link\""));
        assertTrue(html.contains("Reference MIS"));
        assertTrue(html.contains("Signed in as Daniel Okafor"));
        assertTrue(html.contains("href=\"/admin\""), "admins see Admin");
        assertTrue(html.contains("<form method=\"post\" action=\"/logout\">"));
        assertTrue(html.contains("name=\"_csrf\" value=\"tok123\""));
        assertTrue(html.contains("Reference host for the Thrive plugin — demo data"));
        assertTrue(html.contains("<main class=\"govuk-main-wrapper\" id=\"main-content\">"));
        assertFalse(html.contains("<script>"), "no inline script: the CSP forbids it");
        assertFalse(html.contains("style=\""), "no inline style: the CSP forbids it");

        String teachers = templates.render("error.jte", new ErrorPage(
                Chrome.signedIn("x", teacher, Chrome.Section.NONE, "t"), 404, "x", "y"));
        assertFalse(teachers.contains("href=\"/admin\""), "only admins see Admin");
    }

    @Test
    void officeStaffSeeTheAdminAreaWithTheirPluginPagesButNotTheInstalledPluginsOrConsole() {
        Viewer office = new Viewer("S001", "Priya Shah", Set.of("office"),
                Set.of("mis.pupils.view", "thrive.view", "mis.admin.pages", "thrive.manage"));
        Chrome chrome = Chrome.signedIn("Admin", office, Chrome.Section.ADMIN, "t");
        String html = templates.render("admin.jte", new AdminOverview(chrome, false, java.util.List.of(),
                java.util.List.of(new AdminOverview.Link("Thrive-Online import", "/thrive/admin/imports", ""))));
        assertTrue(html.contains("href=\"/admin\""), "office staff have the Admin entry in the navigation");
        assertTrue(html.contains("href=\"/thrive/admin/imports\""), html);
        assertFalse(html.contains("/admin/configuration"), "the configuration console is for admins only");
        assertFalse(html.contains("Installed plugins"), "the installed plugins are for admins only");

        String admins = templates.render("admin.jte", new AdminOverview(
                Chrome.signedIn("Admin", admin, Chrome.Section.ADMIN, "t"), true, java.util.List.of(), java.util.List.of()));
        assertTrue(admins.contains("/admin/configuration"));
        assertTrue(admins.contains("Installed plugins"));
    }

    @Test
    void theSignInFormShowsAnErrorSummaryLinkedToTheFieldAndKeepsTheUsername() {
        String html = templates.render("login.jte", new LoginPage(Chrome.anonymous("Error: Sign in"), "tok", "/pupils/P0001",
                "teacher\"><b>", List.of(new LoginPage.FieldError("username", "Enter a correct username and password")),
                false, List.of(new DemoAccount("office", "office", "S001", "School office"))));
        assertTrue(html.contains("govuk-error-summary"));
        assertTrue(html.contains("<a href=\"#username\">Enter a correct username and password</a>"), html);
        assertTrue(html.contains("value=\"teacher&#34;>&lt;b>\""), "the quote cannot end the attribute: " + html);
        assertFalse(html.contains("<b>"));
        assertTrue(html.contains("aria-describedby=\"username-error\""));
        assertTrue(html.contains("name=\"next\" value=\"/pupils/P0001\""));
        assertTrue(html.contains("name=\"_csrf\" value=\"tok\""));
        assertTrue(html.contains("Demo accounts") && html.contains("<code>office</code>"));
        assertFalse(html.contains("Signed in as"));
    }

    @Test
    void contributedColumnsKeepTheirIdsAndHtml() {
        String html = templates.render("classes/register.jte", new RegisterPage(
                Chrome.signedIn("Year 3 Oak register", teacher, Chrome.Section.CLASSES, "t"), "Year 3 Oak", "Year 3",
                "James Whitaker", "Week commencing Monday 16 November 2026",
                List.of(new RegisterPage.SessionHeading("Mon 16 Nov", "AM")),
                List.of(new RegisterPage.Column("thrive-strand", "Strand <now>",
                        new RegisterPage.Sort("?sort=thrive-strand&order=asc", "none"))),
                List.of(new RegisterPage.Row("/pupils/P0001", "Ava Smith", List.of("/"), "100.0%",
                        List.of(new RegisterPage.Cell("thrive-strand", "<strong>Doing</strong>")))),
                List.of(new CodeLegend.Entry("/", "Present (morning)")),
                new RegisterPage.Order(new RegisterPage.Sort("?sort=pupil&order=desc", "ascending"),
                        new RegisterPage.Sort("?sort=week&order=asc", "none"), "pupil", "asc", "?sort=pupil&order=asc"),
                List.of(new RegisterPage.Filter("thrive-strand:below", "Below <stage>", true)), "1 pupils"));
        assertTrue(html.contains("<th scope=\"col\" data-column-id=\"thrive-strand\" aria-sort=\"none\">"
                + "<a class=\"govuk-link app-sort\" href=\"?sort=thrive-strand&amp;order=asc\">Strand &lt;now&gt;</a></th>"), html);
        assertTrue(html.contains("value=\"thrive-strand:below\" checked"), html);
        assertTrue(html.contains("Below &lt;stage&gt;"), html);
        assertTrue(html.contains("<td data-column-id=\"thrive-strand\"><strong>Doing</strong></td>"), html);
        assertTrue(html.contains("Present (morning)"));
    }
}

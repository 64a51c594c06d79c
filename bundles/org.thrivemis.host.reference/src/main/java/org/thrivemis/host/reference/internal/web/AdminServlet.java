package org.thrivemis.host.reference.internal.web;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.HostPermissions;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.mis.api.AdminPage;
import org.thrivemis.mis.api.Viewer;

/**
 * {@code GET /admin}: for administrators (permission {@code mis.admin}) the product's installed bundles
 * with version and state, the configuration console and every {@link AdminPage} plugins register;
 * for other staff only the admin pages their permissions allow (e.g. a senior lead's early-warning
 * count), and 403 when there is none.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/admin")
public final class AdminServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(AdminServlet.class.getName());

    private final transient HostPages pages;
    private final transient BundleContext context;
    private final transient Contributions<AdminPage> adminPages = new Contributions<>("admin page", AdminPage.ID, null,
            AdminPage.PERMISSION, Set.of(), message -> LOG.log(System.Logger.Level.WARNING, message));

    @Activate
    public AdminServlet(@Reference HostSessions sessions, BundleContext context) {
        this.pages = new HostPages(sessions, new Templates());
        this.context = context;
    }

    @Reference(service = AdminPage.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            target = "(" + AdminPage.ID + "=*)", unbind = "removeAdminPage", updated = "updatedAdminPage")
    void addAdminPage(ServiceReference<AdminPage> reference, AdminPage page) {
        adminPages.add(reference, page);
    }

    void updatedAdminPage(ServiceReference<AdminPage> reference, AdminPage page) {
        adminPages.add(reference, page);
    }

    void removeAdminPage(ServiceReference<AdminPage> reference) {
        adminPages.remove(reference);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.viewerOrSignIn(request, response);
        if (viewer.isEmpty()) {
            return;
        }
        boolean administrator = viewer.get().has(HostPermissions.ADMIN);
        List<Contribution<AdminPage>> permitted = adminPages.permittedFor(viewer.get());
        if (!administrator && permitted.isEmpty()) {
            pages.error(request, response, viewer, HttpError.FORBIDDEN);
            return;
        }
        List<AdminOverview.Link> links = new ArrayList<>();
        for (Contribution<AdminPage> page : permitted) {
            try {
                String href = page.service().href();
                if (!LocalPaths.isLocal(href)) {
                    LOG.log(System.Logger.Level.WARNING, "Admin page " + page.id() + " has href " + href
                            + ", not a path on this server; it is not listed");
                    continue;
                }
                links.add(new AdminOverview.Link(page.service().label(Locale.UK), href,
                        Optional.ofNullable(page.service().summary(viewer.get(), Locale.UK)).orElse("")));
            } catch (RuntimeException | LinkageError e) {
                LOG.log(System.Logger.Level.WARNING, "Admin page " + page.id() + " failed to describe itself: " + e);
            }
        }
        Chrome chrome = pages.chrome(request, viewer.get(), "Admin", Chrome.Section.ADMIN);
        pages.page(response, HttpServletResponse.SC_OK, "admin.jte",
                new AdminOverview(chrome, administrator,
                        administrator ? InstalledBundles.ours(Arrays.asList(context.getBundles())) : List.of(), links));
    }
}

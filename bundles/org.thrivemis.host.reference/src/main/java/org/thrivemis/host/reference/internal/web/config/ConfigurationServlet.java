package org.thrivemis.host.reference.internal.web.config;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.thrivemis.host.reference.internal.HostPermissions;
import org.thrivemis.host.reference.internal.auth.HostSessions;
import org.thrivemis.host.reference.internal.web.Chrome;
import org.thrivemis.host.reference.internal.web.HostPages;
import org.thrivemis.host.reference.internal.web.HttpError;
import org.thrivemis.host.reference.internal.web.Templates;
import org.thrivemis.mis.api.Viewer;

/**
 * The host's configuration console (permission {@code mis.admin}): {@code GET /admin/configuration}
 * lists every configuration a bundle describes with metatype; {@code /admin/configuration/edit}
 * shows and saves its form (ConfigAdmin), {@code /admin/configuration/delete} removes a stored one.
 * Secrets are never shown back or logged: a blank secret keeps the stored one. Works only while a
 * MetaType service and ConfigAdmin run; otherwise the page says so.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/admin/configuration", "/admin/configuration/*"})
public final class ConfigurationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ConfigurationServlet.class.getName());
    private static final String BASE = "/admin/configuration";
    /** A factory instance's name: it becomes part of the PID (factory~name). */
    private static final Pattern INSTANCE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final transient HostPages pages;
    private final transient HostSessions sessions;
    private final transient BundleContext context;
    private transient volatile MetaTypeService metaTypes;
    private transient volatile ConfigurationAdmin configAdmin;

    @Activate
    public ConfigurationServlet(@Reference HostSessions sessions, BundleContext context) {
        this.sessions = sessions;
        this.pages = new HostPages(sessions, new Templates());
        this.context = context;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetMetaTypes")
    void setMetaTypes(MetaTypeService service) {
        this.metaTypes = service;
    }

    void unsetMetaTypes(MetaTypeService service) {
        if (this.metaTypes == service) {
            this.metaTypes = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetConfigAdmin")
    void setConfigAdmin(ConfigurationAdmin service) {
        this.configAdmin = service;
    }

    void unsetConfigAdmin(ConfigurationAdmin service) {
        if (this.configAdmin == service) {
            this.configAdmin = null;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.permitted(request, response, HostPermissions.ADMIN);
        if (viewer.isEmpty()) {
            return;
        }
        MetaTypeService mts = metaTypes;
        ConfigurationAdmin cm = configAdmin;
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        Chrome chrome = pages.chrome(request, viewer.get(), "Configuration", Chrome.Section.ADMIN);
        if (mts == null || cm == null) {
            pages.page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "config/list.jte", new ConfigPages.ListPage(chrome,
                    List.of(), "", "The configuration console needs the OSGi MetaType and Configuration Admin services, and "
                            + (mts == null ? "MetaType" : "Configuration Admin") + " is not running. Install and start it."));
            return;
        }
        if (path.isEmpty() || path.equals("/")) {
            pages.page(response, HttpServletResponse.SC_OK, "config/list.jte",
                    new ConfigPages.ListPage(chrome, entries(mts, cm), notice(request), ""));
            return;
        }
        if (!path.equals("/edit")) {
            pages.error(request, response, viewer, HttpError.NOT_FOUND);
            return;
        }
        Optional<Target> target = target(request, mts, cm);
        if (target.isEmpty()) {
            pages.error(request, response, viewer, HttpError.NOT_FOUND);
            return;
        }
        Map<String, Object> current = target.get().current();
        List<ConfigPages.Field> fields = new ArrayList<>();
        for (FieldSpec spec : target.get().configurable().fields()) {
            fields.add(new ConfigPages.Field(spec, ConfigForm.shown(spec, current), ConfigForm.secretSet(spec, current), ""));
        }
        editPage(request, response, viewer.get(), target.get(), "", "", fields, List.of(), HttpServletResponse.SC_OK);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Viewer> viewer = pages.permitted(request, response, HostPermissions.ADMIN);
        if (viewer.isEmpty()) {
            return;
        }
        if (!sessions.csrfValid(request)) {
            pages.error(request, response, viewer, HttpError.FORBIDDEN);
            return;
        }
        MetaTypeService mts = metaTypes;
        ConfigurationAdmin cm = configAdmin;
        Optional<Target> target = mts == null || cm == null ? Optional.empty() : target(request, mts, cm);
        if (target.isEmpty()) {
            pages.error(request, response, viewer, HttpError.NOT_FOUND);
            return;
        }
        String path = Optional.ofNullable(request.getPathInfo()).orElse("");
        if (path.equals("/delete") && target.get().stored().isPresent()) {
            String pid = target.get().stored().get().getPid(); // a deleted Configuration no longer answers
            target.get().stored().get().delete();
            LOG.log(System.Logger.Level.INFO, viewer.get().displayName() + " deleted configuration " + pid);
            HostPages.redirect(response, BASE + "?deleted=" + encode(pid));
            return;
        }
        if (!path.equals("/edit")) {
            pages.error(request, response, viewer, HttpError.NOT_FOUND);
            return;
        }
        List<FieldSpec> specs = target.get().configurable().fields();
        Map<String, Object> current = target.get().current();
        ConfigForm.Outcome outcome = ConfigForm.read(specs, request.getParameterMap(), current);
        String name = Optional.ofNullable(request.getParameter("instanceName")).orElse("").strip();
        String nameError = target.get().isNew() && !INSTANCE_NAME.matcher(name).matches()
                ? "Enter a name of 1 to 40 lower-case letters, digits and hyphens, starting with a letter or digit, like trust-csv"
                : "";
        if (nameError.isEmpty() && target.get().isNew() && exists(cm, target.get().configurable().pid() + "~" + name)) {
            nameError = "A configuration named " + name + " already exists: choose another name or edit that one";
        }
        if (!outcome.valid() || !nameError.isEmpty()) {
            List<ConfigPages.Field> fields = new ArrayList<>();
            for (FieldSpec spec : specs) {
                String[] raw = request.getParameterValues(spec.htmlId());
                String value = spec.secret() ? "" : raw == null ? (spec.bool() ? "false" : "") : raw[0];
                String error = outcome.problems().stream().filter(p -> p.htmlId().equals(spec.htmlId()))
                        .map(ConfigForm.Problem::message).findFirst().orElse("");
                fields.add(new ConfigPages.Field(spec, value, ConfigForm.secretSet(spec, current), error));
            }
            editPage(request, response, viewer.get(), target.get(), name, nameError, fields, outcome.problems(),
                    HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Configuration configuration = target.get().stored().orElse(null);
        if (configuration == null) {
            configuration = target.get().configurable().factory()
                    ? cm.getFactoryConfiguration(target.get().configurable().pid(), name, "?")
                    : cm.getConfiguration(target.get().configurable().pid(), "?");
        }
        configuration.update(new Hashtable<>(outcome.properties()));
        // Which settings, never their values: secrets must not reach the log.
        LOG.log(System.Logger.Level.INFO, viewer.get().displayName() + " saved configuration " + configuration.getPid());
        HostPages.redirect(response, BASE + "?saved=" + encode(configuration.getPid()));
    }

    private void editPage(HttpServletRequest request, HttpServletResponse response, Viewer viewer, Target target,
            String name, String nameError, List<ConfigPages.Field> fields, List<ConfigForm.Problem> problems, int status)
            throws IOException {
        Configurables.Configurable c = target.configurable();
        String heading = target.stored().map(s -> c.name() + (c.factory() ? ": " + s.getPid() : ""))
                .orElse(c.factory() ? "New " + c.name() : c.name());
        Chrome chrome = pages.chrome(request, viewer, heading, Chrome.Section.ADMIN);
        pages.page(response, status, "config/edit.jte", new ConfigPages.EditPage(chrome, heading, c.description(),
                target.stored().map(Configuration::getPid).orElse(c.factory() ? "" : c.pid()), c.factory() ? c.pid() : "",
                target.isNew(), name, nameError, fields, problems, sessions.csrfToken(request), target.stored().isPresent()));
    }

    /** What a request is about: a described configuration and, when there is one, its stored configuration. */
    private record Target(Configurables.Configurable configurable, Optional<Configuration> stored) {
        boolean isNew() {
            return configurable.factory() && stored.isEmpty();
        }

        Map<String, Object> current() {
            Map<String, Object> current = new LinkedHashMap<>();
            stored.map(Configuration::getProperties).ifPresent(d -> Collections.list(d.keys())
                    .forEach(k -> current.put(k, d.get(k))));
            return current;
        }
    }

    private Optional<Target> target(HttpServletRequest request, MetaTypeService mts, ConfigurationAdmin cm)
            throws IOException {
        String factory = Optional.ofNullable(request.getParameter("factory")).orElse("");
        String pid = Optional.ofNullable(request.getParameter("pid")).orElse("");
        if (!factory.isEmpty()) {
            Optional<Configurables.Configurable> described = Configurables.find(context, mts, factory, true);
            if (described.isEmpty()) {
                return Optional.empty();
            }
            if (pid.isEmpty()) {
                return Optional.of(new Target(described.get(), Optional.empty()));
            }
            Optional<Configuration> stored = stored(cm, pid).filter(c -> factory.equals(c.getFactoryPid()));
            return stored.map(s -> new Target(described.get(), Optional.of(s)));
        }
        return Configurables.find(context, mts, pid, false).map(d -> new Target(d, storedOrEmpty(cm, pid)));
    }

    private static Optional<Configuration> storedOrEmpty(ConfigurationAdmin cm, String pid) {
        try {
            return stored(cm, pid);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The stored configuration with this PID, without creating one (getConfiguration would). */
    private static Optional<Configuration> stored(ConfigurationAdmin cm, String pid) throws IOException {
        try {
            Configuration[] found = cm.listConfigurations("(service.pid=" + escape(pid) + ")");
            return found == null || found.length == 0 ? Optional.empty() : Optional.of(found[0]);
        } catch (InvalidSyntaxException e) {
            return Optional.empty();
        }
    }

    private static boolean exists(ConfigurationAdmin cm, String pid) throws IOException {
        return stored(cm, pid).isPresent();
    }

    private List<ConfigPages.Entry> entries(MetaTypeService mts, ConfigurationAdmin cm) throws IOException {
        List<ConfigPages.Entry> entries = new ArrayList<>();
        for (Configurables.Configurable c : Configurables.all(context, mts)) {
            if (c.factory()) {
                List<ConfigPages.Instance> instances = new ArrayList<>();
                try {
                    Configuration[] found = cm.listConfigurations("(service.factoryPid=" + escape(c.pid()) + ")");
                    for (Configuration f : found == null ? new Configuration[0] : found) {
                        instances.add(new ConfigPages.Instance(f.getPid(),
                                BASE + "/edit?factory=" + encode(c.pid()) + "&pid=" + encode(f.getPid())));
                    }
                } catch (InvalidSyntaxException e) {
                    // a PID that cannot be a filter value lists no instances
                }
                instances.sort((a, b) -> a.pid().compareTo(b.pid()));
                entries.add(new ConfigPages.Entry(c.name(), c.description(), c.bundle(), c.pid(), true, !instances.isEmpty(),
                        BASE + "/edit?factory=" + encode(c.pid()), instances));
            } else {
                entries.add(new ConfigPages.Entry(c.name(), c.description(), c.bundle(), c.pid(), false,
                        stored(cm, c.pid()).isPresent(), BASE + "/edit?pid=" + encode(c.pid()), List.of()));
            }
        }
        return entries;
    }

    private static String notice(HttpServletRequest request) {
        String saved = request.getParameter("saved");
        String deleted = request.getParameter("deleted");
        if (saved != null) {
            return "Configuration " + saved + " saved. The bundles using it pick it up now.";
        }
        return deleted != null ? "Configuration " + deleted + " deleted." : "";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

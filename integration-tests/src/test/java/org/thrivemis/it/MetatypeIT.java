package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.inject.Inject;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.thrivemis.it.support.FelixProduct;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * Every setting an admin can make is described for the host's configuration console: the real
 * Felix MetaType service finds, for every configuration PID of every one of our bundles, a name
 * and description for the configuration and for each attribute, and secrets are typed PASSWORD so
 * consoles mask them and never show them back. The reference host's console at
 * {@code /admin/configuration} renders those forms, refuses bad values and never shows a secret back.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetatypeIT {
    private static final int PORT = Ports.free();

    /** Configurations an admin is told about in the READMEs: each must have a form. */
    private static final Set<String> DOCUMENTED = Set.of("org.thrivemis.host.reference", "org.thrivemis.store",
            "org.thrivemis.roles", "org.thrivemis.content", "org.thrivemis.roster.host", "org.thrivemis.roster.csv",
            "org.thrivemis.roster.rest");

    @Inject
    private BundleContext context;
    @Inject
    private MetaTypeService metaTypes;
    @Inject
    private ConfigurationAdmin configAdmin;

    @Configuration
    public Option[] configuration() {
        return new Option[] {FelixProduct.options(PORT, Settings.workDir("metatype-it-data").toString())};
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    @Test
    public void theHostsConsoleSavesAFormRefusesBadValuesAndNeverShowsASecretBack() throws Exception {
        String factory = "org.thrivemis.roster.rest";
        WebSession teacher = new WebSession(base()).signIn("teacher");
        assertEquals("only admins configure", 403, teacher.get("/admin/configuration").statusCode());

        WebSession admin = new WebSession(base()).signIn("admin");
        HttpResponse<String> list = admin.get("/admin/configuration");
        assertEquals(200, list.statusCode());
        for (String pid : DOCUMENTED) {
            assertTrue("the console lists " + pid, list.body().contains("data-pid=\"" + pid + "\""));
        }
        HttpResponse<String> form = admin.get("/admin/configuration/edit?factory=" + factory);
        assertEquals(200, form.statusCode());
        assertTrue("the form labels each setting", form.body().contains("<label class=\"govuk-label govuk-label--s\" for=\"setting-baseUrl\">"));

        String secret = "Sup3r-Secret-" + System.nanoTime();
        Map<String, String> fields = formValues(form.body()); // what a browser would submit as the form stands
        fields.putAll(Map.of("factory", factory, "instanceName", "console-it",
                "setting-roster_source_id", "console-it", "setting-baseUrl", "http://127.0.0.1:9/ims/oneroster/v1p1",
                "setting-version", "1.2", "setting-auth", "OAUTH2_CLIENT_CREDENTIALS",
                "setting-tokenUrl", "http://127.0.0.1:9/token", "setting-clientId", "thrive",
                "setting-_clientSecret", secret, "setting-pageSize", "many"));
        assertEquals("the form offers the defaults", "10", fields.get("setting-connectTimeoutSeconds"));
        HttpResponse<String> refused = admin.postForm("/admin/configuration/edit", fields);
        assertEquals(400, refused.statusCode());
        assertTrue("the error names the setting and the value",
                refused.body().contains("Page size: &#34;many&#34; is not a whole number") || refused.body().contains("Page size: \"many\" is not a whole number"));
        assertFalse("a refused form never echoes the secret", refused.body().contains(secret));
        assertEquals("nothing saved", null, configAdmin.listConfigurations("(service.factoryPid=" + factory + ")"));

        fields.put("setting-pageSize", "250");
        HttpResponse<String> saved = admin.postForm("/admin/configuration/edit", fields);
        assertEquals(saved.body(), 303, saved.statusCode());
        org.osgi.service.cm.Configuration[] stored = configAdmin.listConfigurations("(service.factoryPid=" + factory + ")");
        assertEquals(1, stored.length);
        assertEquals(secret, stored[0].getProperties().get(".clientSecret"));
        assertEquals(250, stored[0].getProperties().get("pageSize"));
        String pid = stored[0].getPid();

        String editPath = "/admin/configuration/edit?factory=" + factory + "&pid=" + URLEncoder.encode(pid, StandardCharsets.UTF_8);
        HttpResponse<String> again = admin.get(editPath);
        assertTrue("the form shows stored values", again.body().contains("value=\"250\""));
        assertFalse("the form never shows the secret", again.body().contains(secret));
        assertTrue("it says a secret is stored", again.body().contains("A value is stored and is never shown"));
        assertFalse("the list never shows the secret", admin.get("/admin/configuration").body().contains(secret));

        Map<String, String> relabel = new HashMap<>(fields);
        relabel.remove("instanceName");
        relabel.put("pid", pid);
        relabel.put("setting-_clientSecret", "");
        relabel.put("setting-roster_source_label", "Trust provider");
        assertEquals(303, admin.postForm("/admin/configuration/edit", relabel).statusCode());
        org.osgi.service.cm.Configuration kept = configAdmin.listConfigurations("(service.pid=" + pid + ")")[0];
        assertEquals("a blank secret keeps the stored one", secret, kept.getProperties().get(".clientSecret"));
        assertEquals("Trust provider", kept.getProperties().get("roster.source.label"));

        assertEquals(303, admin.postForm("/admin/configuration/delete", Map.of("factory", factory, "pid", pid)).statusCode());
        assertEquals(null, configAdmin.listConfigurations("(service.factoryPid=" + factory + ")"));
    }

    @Test
    public void everyConfigurationOfOursHasANamedDescribedFormWithSecretsMasked() {
        Set<String> described = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            if (!bundle.getSymbolicName().startsWith("org.thrivemis.")) {
                continue;
            }
            MetaTypeInformation info = metaTypes.getMetaTypeInformation(bundle);
            List<String> pids = new ArrayList<>(Arrays.asList(info.getPids()));
            pids.addAll(Arrays.asList(info.getFactoryPids()));
            for (String pid : pids) {
                described.add(pid);
                ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
                check(blank(ocd.getName()), pid + ": the configuration has no name", problems);
                check(blank(ocd.getDescription()), pid + ": the configuration has no description", problems);
                for (AttributeDefinition ad : ocd.getAttributeDefinitions(ObjectClassDefinition.ALL)) {
                    String where = pid + " attribute " + ad.getID();
                    check(blank(ad.getName()) || ad.getName().equals(ad.getID()), where + " has no human name", problems);
                    check(blank(ad.getDescription()), where + " has no description", problems);
                    check(secret(ad.getID()) && ad.getType() != AttributeDefinition.PASSWORD,
                            where + " holds a secret but is not typed PASSWORD, so a console would show it", problems);
                }
            }
        }
        assertTrue("forms for the documented configurations; found " + described, described.containsAll(DOCUMENTED));
        assertTrue("metatype problems:\n" + String.join("\n", problems), problems.isEmpty());
    }

    /** The settings' current values on a form page: text inputs, selected options and text areas. */
    private static Map<String, String> formValues(String html) {
        Map<String, String> values = new HashMap<>();
        Matcher inputs = Pattern.compile("<input [^>]*name=\"(setting-[^\"]+)\"[^>]*value=\"([^\"]*)\"").matcher(html);
        while (inputs.find()) {
            values.put(inputs.group(1), inputs.group(2));
        }
        Matcher selects = Pattern.compile("<select [^>]*name=\"(setting-[^\"]+)\"[^>]*>(.*?)</select>", Pattern.DOTALL).matcher(html);
        while (selects.find()) {
            Matcher chosen = Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(selects.group(2));
            values.put(selects.group(1), chosen.find() ? chosen.group(1) : "");
        }
        Matcher areas = Pattern.compile("<textarea [^>]*name=\"(setting-[^\"]+)\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(html);
        while (areas.find()) {
            values.put(areas.group(1), areas.group(2));
        }
        return values;
    }

    private static boolean secret(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || lower.contains("password") || lower.contains("secret");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static void check(boolean failed, String problem, List<String> problems) {
        if (failed) {
            problems.add(problem);
        }
    }
}

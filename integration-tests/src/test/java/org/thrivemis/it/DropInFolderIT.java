package org.thrivemis.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.stream.Stream;
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
import org.osgi.framework.Version;
import org.thrivemis.it.support.Await;
import org.thrivemis.it.support.Ports;
import org.thrivemis.it.support.Settings;
import org.thrivemis.it.support.WebSession;

/**
 * A plain Felix host that knows nothing of Thrive: a framework with Declarative Services,
 * ConfigAdmin, the Felix HTTP whiteboard, SLF4J (with SPI Fly), Jackson and File Install watching a folder, plus
 * the reference host MIS. An admin copies the drop-in folder ({@code features/org.thrivemis.dropin})
 * into the watched folder: the plugin installs, starts and shows its tab; deleting the files removes
 * it and the host keeps working; copying them back brings the plugin back with its data.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DropInFolderIT {
    private static final int PORT = Ports.free();
    private static final List<String> PLUGIN = List.of("org.thrivemis.api", "org.thrivemis.core", "org.thrivemis.store",
            "org.thrivemis.web", "org.thrivemis.roster", "org.thrivemis.content", "org.thrivemis.imports",
            "org.thrivemis.imports.csv");

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] configuration() throws IOException {
        Path work = Settings.workDir("dropin-it");
        Path watched = Files.createDirectories(work.resolve("watched-" + System.nanoTime()));
        return new Option[] {
            cleanCaches(true),
            frameworkProperty("org.osgi.service.http.port").value(String.valueOf(PORT)),
            frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"),
            frameworkProperty("thrive.data.dir").value(work.resolve("data-" + System.nanoTime()).toString()),
            frameworkProperty("felix.fileinstall.dir").value(watched.toString()),
            frameworkProperty("felix.fileinstall.poll").value("500"),
            frameworkProperty("felix.fileinstall.noInitialDelay").value("true"),
            frameworkProperty("felix.fileinstall.enableConfigSave").value("false"),
            systemProperty("org.ops4j.pax.url.mvn.localRepository").value(System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
            systemProperty("org.ops4j.pax.url.mvn.repositories").value(System.getProperty("org.ops4j.pax.url.mvn.repositories", "")),
            junitBundles(),
            // The host's platform.
            mavenBundle("org.osgi", "org.osgi.util.function").versionAsInProject(),
            mavenBundle("org.osgi", "org.osgi.util.promise").versionAsInProject(),
            mavenBundle("org.osgi", "org.osgi.service.component").versionAsInProject(),
            mavenBundle("org.apache.felix", "org.apache.felix.scr").versionAsInProject(),
            mavenBundle("org.apache.felix", "org.apache.felix.configadmin").versionAsInProject(),
            mavenBundle("org.apache.felix", "org.apache.felix.metatype").versionAsInProject(),
            mavenBundle("org.apache.felix", "org.apache.felix.fileinstall").versionAsInProject(),
            mavenBundle("org.apache.felix", "org.apache.felix.http.servlet-api").versionAsInProject(),
            mavenBundle("commons-io", "commons-io").versionAsInProject(),
            mavenBundle("commons-fileupload", "commons-fileupload").versionAsInProject(),
            mavenBundle("org.apache.felix", "org.apache.felix.http.jetty12").versionAsInProject(),
            mavenBundle("org.ow2.asm", "asm").versionAsInProject(),
            mavenBundle("org.ow2.asm", "asm-tree").versionAsInProject(),
            mavenBundle("org.ow2.asm", "asm-analysis").versionAsInProject(),
            mavenBundle("org.ow2.asm", "asm-commons").versionAsInProject(),
            mavenBundle("org.ow2.asm", "asm-util").versionAsInProject(),
            mavenBundle("org.apache.aries.spifly", "org.apache.aries.spifly.dynamic.bundle").versionAsInProject(),
            mavenBundle("org.slf4j", "slf4j-api").versionAsInProject(),
            mavenBundle("org.slf4j", "slf4j-simple").versionAsInProject(),
            mavenBundle("com.fasterxml.jackson.core", "jackson-annotations").versionAsInProject(),
            mavenBundle("com.fasterxml.jackson.core", "jackson-core").versionAsInProject(),
            mavenBundle("com.fasterxml.jackson.core", "jackson-databind").versionAsInProject(),
            // The host MIS itself.
            bundle(Settings.bundleJar("org.thrivemis.mis.api").toUri().toString()),
            bundle(Settings.bundleJar("org.thrivemis.host.reference").toUri().toString())
        };
    }

    private String base() {
        return "http://127.0.0.1:" + context.getProperty("org.osgi.service.http.port");
    }

    private Path watched() {
        return Path.of(context.getProperty("felix.fileinstall.dir"));
    }

    @Test
    public void theDropInFolderInstallsRemovesAndReinstallsThePluginInAPlainFelixHost() throws Exception {
        Await.until("the host to serve its sign-in page", Duration.ofSeconds(30),
                () -> new WebSession(base()).get("/login").statusCode() == 200);
        WebSession office = new WebSession(base()).signIn("office");
        String page = "/pupils/P0001";
        assertFalse("no Thrive tab before the drop-in", office.get(page).body().contains("data-tab-id=\"thrive-profile\""));

        List<Path> dropped = copyDropIn();
        Await.until("every plugin bundle to be ACTIVE", Duration.ofSeconds(90), () -> PLUGIN.stream().allMatch(this::active));
        Await.until("/system/health to answer UP", Duration.ofSeconds(60),
                () -> new WebSession(base()).get("/system/health").statusCode() == 200);
        Await.until("the Thrive tab to appear", Duration.ofSeconds(30),
                () -> office.get(page).body().contains("data-tab-id=\"thrive-profile\""));

        office.get(page + "?tab=thrive-profile");
        HttpResponse<String> recorded = office.postJson("/api/v1/pupils/P0001/consents",
                "{\"decision\":\"GIVEN\",\"scopes\":[\"INDIVIDUAL_ASSESSMENT\",\"ACTION_PLAN\"],\"personName\":\"Jo Dropin\","
                        + "\"relationship\":\"PARENT\",\"decidedOn\":\"2026-11-02\",\"note\":\"\"}");
        assertEquals(recorded.body(), 201, recorded.statusCode());

        for (Path file : dropped) {
            Files.delete(file);
        }
        Await.until("the plugin bundles to be uninstalled", Duration.ofSeconds(60),
                () -> PLUGIN.stream().noneMatch(this::installed));
        HttpResponse<String> without = office.get(page);
        assertEquals("the host's pupil record still works", 200, without.statusCode());
        assertTrue("the host's own tab is still there", without.body().contains("data-tab-id=\"details\""));
        assertFalse("no Thrive tab once removed", without.body().contains("data-tab-id=\"thrive-profile\""));

        copyDropIn();
        Await.until("every plugin bundle to be ACTIVE again", Duration.ofSeconds(90), () -> PLUGIN.stream().allMatch(this::active));
        Await.until("the consent recorded before removal to be shown again", Duration.ofSeconds(30),
                () -> office.get(page + "?tab=thrive-profile").body().contains("Jo Dropin"));
    }

    /**
     * Copies the folder as the README tells an admin to: every bundle except those the host
     * already runs in the same version (here the host's own Jackson), which stay the host's.
     */
    private List<Path> copyDropIn() throws IOException {
        try (Stream<Path> files = Files.list(Settings.dropInFolder())) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
            assertTrue("the drop-in folder has the plugin's bundles: " + jars, jars.size() >= PLUGIN.size());
            List<Path> copied = new ArrayList<>();
            for (Path jar : jars) {
                if (!hostAlreadyRuns(jar)) {
                    copied.add(Files.copy(jar, watched().resolve(jar.getFileName())));
                }
            }
            return copied;
        }
    }

    private boolean hostAlreadyRuns(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes main = file.getManifest().getMainAttributes();
            String name = main.getValue("Bundle-SymbolicName").split(";")[0].strip();
            Version version = Version.parseVersion(main.getValue("Bundle-Version"));
            return Arrays.stream(context.getBundles()).anyMatch(b -> name.equals(b.getSymbolicName())
                    && version.equals(b.getVersion()) && !b.getLocation().startsWith("file:" + watched()));
        }
    }

    private boolean active(String symbolicName) {
        return Arrays.stream(context.getBundles())
                .anyMatch(b -> b.getSymbolicName().equals(symbolicName) && b.getState() == Bundle.ACTIVE);
    }

    private boolean installed(String symbolicName) {
        return Arrays.stream(context.getBundles()).anyMatch(b -> symbolicName.equals(b.getSymbolicName()));
    }
}

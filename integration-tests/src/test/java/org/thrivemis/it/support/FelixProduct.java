package org.thrivemis.it.support;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import org.ops4j.pax.exam.Option;

/**
 * The product as Pax Exam options for a real Felix: every runtime bundle the exported product
 * runs (keep in step with features/org.thrivemis.product/thrive-mis.bndrun), our reactor's jars,
 * the HTTP port and the data directory. The one list every Felix test uses.
 */
public final class FelixProduct {
    /** Our bundles, in the order a host would install them. */
    public static final String[] OUR_BUNDLES = {
        "org.thrivemis.mis.api", "org.thrivemis.host.reference", "org.thrivemis.api",
        "org.thrivemis.store", "org.thrivemis.core", "org.thrivemis.web",
        "org.thrivemis.roster", "org.thrivemis.roster.rest", "org.thrivemis.content",
        "org.thrivemis.imports", "org.thrivemis.imports.csv"
    };

    private FelixProduct() {
    }

    public static Option options(int httpPort, String dataDir) {
        return composite(
                cleanCaches(true),
                frameworkProperty("org.osgi.service.http.port").value(String.valueOf(httpPort)),
                frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"),
                frameworkProperty("thrive.data.dir").value(dataDir),
                systemProperty("org.ops4j.pax.url.mvn.localRepository").value(System.getProperty("org.ops4j.pax.url.mvn.localRepository", "")),
                systemProperty("org.ops4j.pax.url.mvn.repositories").value(System.getProperty("org.ops4j.pax.url.mvn.repositories", "")),
                junitBundles(),
                runtime(),
                ours());
    }

    /** The third-party bundles. */
    public static Option runtime() {
        return composite(
                mavenBundle("org.osgi", "org.osgi.util.function").versionAsInProject(),
                mavenBundle("org.osgi", "org.osgi.util.promise").versionAsInProject(),
                mavenBundle("org.osgi", "org.osgi.service.component").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.scr").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.configadmin").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.log").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.metatype").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.http.servlet-api").versionAsInProject(),
                mavenBundle("commons-io", "commons-io").versionAsInProject(),
                mavenBundle("commons-fileupload", "commons-fileupload").versionAsInProject(),
                mavenBundle("org.apache.felix", "org.apache.felix.http.jetty12").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.core", "jackson-annotations").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.core", "jackson-core").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.core", "jackson-databind").versionAsInProject(),
                mavenBundle("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310").versionAsInProject(),
                mavenBundle("org.osgi", "org.osgi.service.jdbc").versionAsInProject(),
                mavenBundle("com.h2database", "h2").versionAsInProject(),
                mavenBundle("org.postgresql", "postgresql").versionAsInProject(),
                mavenBundle("com.zaxxer", "HikariCP").versionAsInProject(),
                mavenBundle("org.ow2.asm", "asm").versionAsInProject(),
                mavenBundle("org.ow2.asm", "asm-tree").versionAsInProject(),
                mavenBundle("org.ow2.asm", "asm-analysis").versionAsInProject(),
                mavenBundle("org.ow2.asm", "asm-commons").versionAsInProject(),
                mavenBundle("org.ow2.asm", "asm-util").versionAsInProject(),
                mavenBundle("org.apache.aries.spifly", "org.apache.aries.spifly.dynamic.bundle").versionAsInProject(),
                mavenBundle("org.yaml", "snakeyaml").versionAsInProject(),
                mavenBundle("org.apache.commons", "commons-lang3").versionAsInProject(),
                mavenBundle("commons-logging", "commons-logging").versionAsInProject(),
                mavenBundle("commons-collections", "commons-collections").versionAsInProject(),
                mavenBundle("commons-beanutils", "commons-beanutils").versionAsInProject(),
                mavenBundle("org.apache.commons", "commons-collections4").versionAsInProject(),
                mavenBundle("org.apache.commons", "commons-text").versionAsInProject(),
                mavenBundle("com.opencsv", "opencsv").versionAsInProject(),
                mavenBundle("org.slf4j", "slf4j-api").versionAsInProject(),
                mavenBundle("org.slf4j", "slf4j-simple").versionAsInProject(),
                mavenBundle("org.liquibase", "liquibase-core").versionAsInProject(),
                restClient());
    }

    /**
     * The Jakarta REST whiteboard and Jersey, for the OneRoster REST source's {@code ClientBuilder}
     * service (the whiteboard's servlet adapter stays unconfigured: only the client is used).
     */
    public static Option restClient() {
        return composite(
                mavenBundle("jakarta.ws.rs", "jakarta.ws.rs-api").versionAsInProject(),
                mavenBundle("org.osgi", "org.osgi.service.jakartars").versionAsInProject(),
                mavenBundle("jakarta.inject", "jakarta.inject-api").versionAsInProject(),
                mavenBundle("jakarta.annotation", "jakarta.annotation-api").versionAsInProject(),
                mavenBundle("jakarta.validation", "jakarta.validation-api").versionAsInProject(),
                mavenBundle("jakarta.activation", "jakarta.activation-api").versionAsInProject(),
                mavenBundle("jakarta.xml.bind", "jakarta.xml.bind-api").versionAsInProject(),
                mavenBundle("org.javassist", "javassist").versionAsInProject(),
                mavenBundle("org.glassfish.hk2", "osgi-resource-locator").versionAsInProject(),
                mavenBundle("org.glassfish.hk2.external", "aopalliance-repackaged").versionAsInProject(),
                mavenBundle("org.glassfish.hk2", "hk2-utils").versionAsInProject(),
                mavenBundle("org.glassfish.hk2", "hk2-api").versionAsInProject(),
                mavenBundle("org.glassfish.hk2", "hk2-locator").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.core", "jersey-common").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.core", "jersey-client").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.core", "jersey-server").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.inject", "jersey-hk2").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.containers", "jersey-container-servlet-core").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.containers", "jersey-container-servlet").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.media", "jersey-media-jaxb").versionAsInProject(),
                mavenBundle("org.glassfish.jersey.media", "jersey-media-sse").versionAsInProject(),
                mavenBundle("org.eclipse.osgi-technology.rest", "org.eclipse.osgitech.rest").versionAsInProject(),
                // a fragment of the whiteboard: installed, never started
                mavenBundle("org.eclipse.osgi-technology.rest", "org.eclipse.osgitech.rest.sse").versionAsInProject()
                        .noStart(),
                mavenBundle("org.eclipse.osgi-technology.rest", "org.eclipse.osgitech.rest.servlet.whiteboard")
                        .versionAsInProject());
    }

    /** Our bundles, straight from the reactor's target folders. */
    public static Option ours() {
        Option[] options = new Option[OUR_BUNDLES.length];
        for (int i = 0; i < OUR_BUNDLES.length; i++) {
            options[i] = bundle(Settings.bundleJar(OUR_BUNDLES[i]).toUri().toString());
        }
        return composite(options);
    }
}

package org.thrivemis.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the build put things, passed in by failsafe as system properties (see the module's pom). */
public final class Settings {
    private Settings() {
    }

    public static String version() {
        return required("thrivemis.version");
    }

    /** The jar of one of our bundles, straight from the reactor. */
    public static Path bundleJar(String name) {
        Path jar = Path.of(required("thrivemis.bundles.dir"), name, "target", name + "-" + version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("bundle jar missing: " + jar + " - build the reactor first with the README's test command");
        }
        return jar;
    }

    public static Path productJar() {
        Path jar = Path.of(required("thrivemis.product.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError("product jar missing: " + jar + " - build it with `mvn install` from the repository root");
        }
        return jar;
    }

    /** The drop-in folder for a plain Felix host (features/org.thrivemis.dropin). */
    public static Path dropInFolder() {
        Path dir = Path.of(required("thrivemis.dropin.dir"));
        if (!Files.isRegularFile(dir.resolve("index.xml"))) {
            throw new AssertionError("drop-in folder missing: " + dir + " - build it with `mvn install` from the repository root");
        }
        return dir;
    }

    /** The product's java.util.logging configuration, as the run command passes it. */
    public static Path productLogging() {
        return productJar().getParent().getParent().resolve("logging.properties");
    }

    public static Path workDir(String name) {
        try {
            return Files.createDirectories(Path.of(required("thrivemis.work.dir"), name));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String required(String key) {
        String v = System.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new AssertionError("system property " + key + " is not set: run the tests through Maven (failsafe sets it)");
        }
        return v;
    }
}

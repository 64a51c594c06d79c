package org.thrivemis.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.osgi.service.jdbc.DataSourceFactory;

/**
 * Where the database is and how to log in, resolved from the configuration and the framework's
 * data directory. Knows the password but never shows it: {@link #location()} and
 * {@link #toString()} are safe to log.
 *
 * @param url the JDBC URL (the embedded H2 file URL when none was configured)
 * @param user the user name, empty for the driver's default
 * @param password the password, empty for none
 * @param poolSize maximum open connections
 * @param location what to show admins: the H2 file, or the URL without parameters or credentials
 */
public record DatabaseSettings(String url, String user, String password, int poolSize, String location) {

    /** Framework property naming the directory for Thrive's files. */
    public static final String DATA_DIR_PROPERTY = "thrive.data.dir";

    /** Used when {@value #DATA_DIR_PROPERTY} is not set: relative to the working directory. */
    public static final String DEFAULT_DATA_DIR = "data";

    /**
     * Resolves the settings; an empty URL means an embedded H2 file database in the data directory,
     * which is made absolute and created.
     *
     * @param frameworkProperty looks up a framework property, {@code null} when unset
     * @throws IllegalArgumentException when the pool size is below 1
     * @throws UncheckedIOException when the data directory cannot be created
     */
    public static DatabaseSettings from(StoreConfig config, UnaryOperator<String> frameworkProperty) {
        if (config.poolSize() < 1) {
            throw new IllegalArgumentException("Configuration " + StoreConfig.PID + ": poolSize is "
                    + config.poolSize() + "; set it to 1 or more (default 8)");
        }
        String url = config.url().strip();
        if (!url.isEmpty()) {
            return new DatabaseSettings(url, config.user().strip(), config._password(), config.poolSize(),
                    withoutSecrets(url));
        }
        Path file = created(dataDirectory(frameworkProperty.apply(DATA_DIR_PROPERTY))).resolve("thrive");
        return new DatabaseSettings("jdbc:h2:file:" + file, config.user().strip(), config._password(),
                config.poolSize(), "file " + file);
    }

    /** The properties for {@link DataSourceFactory#createDataSource}; user and password only when set. */
    public Properties dataSourceProperties() {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!user.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, user);
        }
        if (!password.isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, password);
        }
        return properties;
    }

    @Override
    public String toString() {
        // A record would print every component, the password included.
        return "DatabaseSettings[" + location + ", user '" + user + "', poolSize " + poolSize + "]";
    }

    /** The absolute data directory for the framework property's value ({@code null} when unset). */
    static Path dataDirectory(String configured) {
        String dir = configured == null || configured.isBlank() ? DEFAULT_DATA_DIR : configured.strip();
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private static Path created(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the Thrive data directory " + path
                    + " (framework property " + DATA_DIR_PROPERTY + "): " + e.getMessage()
                    + "; create it or point " + DATA_DIR_PROPERTY + " at a writable directory", e);
        }
    }

    /** The URL as far as it is safe to show: no user info, no parameters (they may carry a password). */
    static String withoutSecrets(String url) {
        String shown = url.replaceFirst("//[^/@?;]*@", "//");
        int cut = indexOfAny(shown, '?', ';');
        return cut < 0 ? shown : shown.substring(0, cut);
    }

    private static int indexOfAny(String text, char... chars) {
        for (int i = 0; i < text.length(); i++) {
            for (char c : chars) {
                if (text.charAt(i) == c) {
                    return i;
                }
            }
        }
        return -1;
    }
}

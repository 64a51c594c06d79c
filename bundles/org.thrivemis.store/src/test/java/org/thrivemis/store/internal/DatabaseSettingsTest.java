package org.thrivemis.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.jdbc.DataSourceFactory;

class DatabaseSettingsTest {

    @TempDir
    Path tmp;

    @Test
    void emptyUrlMeansAnH2FileInTheDataDirectoryWhichIsCreated() {
        Path dataDir = tmp.resolve("thrive-data");

        DatabaseSettings settings = DatabaseSettings.from(TestConfig.defaults(), key -> dataDir.toString());

        assertEquals("jdbc:h2:file:" + dataDir.resolve("thrive"), settings.url());
        assertEquals("file " + dataDir.resolve("thrive"), settings.location());
        assertTrue(Files.isDirectory(dataDir));
    }

    @Test
    void withoutTheFrameworkPropertyTheDataDirectoryIsDataUnderTheWorkingDirectory() {
        Path expected = Path.of("data").toAbsolutePath();

        assertEquals(expected, DatabaseSettings.dataDirectory(null));
        assertEquals(expected, DatabaseSettings.dataDirectory("  "));
    }

    @Test
    void aRelativeDataDirectoryIsMadeAbsolute() {
        Path relative = Path.of("").toAbsolutePath().relativize(tmp.resolve("rel"));

        DatabaseSettings settings = DatabaseSettings.from(TestConfig.defaults(), key -> relative.toString());

        assertEquals("jdbc:h2:file:" + tmp.resolve("rel").resolve("thrive"), settings.url());
    }

    @Test
    void aConfiguredUrlIsUsedAsGivenAndShownWithoutParametersOrCredentials() {
        TestConfig config = TestConfig.defaults()
                .withUrl(" jdbc:postgresql://thrive:s3cret@db.example.org:5432/thrive?password=s3cret&ssl=true ")
                .withCredentials("thrive", "s3cret");

        DatabaseSettings settings = DatabaseSettings.from(config, key -> tmp.toString());

        assertEquals("jdbc:postgresql://thrive:s3cret@db.example.org:5432/thrive?password=s3cret&ssl=true",
                settings.url());
        assertEquals("jdbc:postgresql://db.example.org:5432/thrive", settings.location());
        assertFalse(settings.toString().contains("s3cret"), settings.toString());
    }

    @Test
    void driverPropertiesCarryCredentialsOnlyWhenSet() {
        Properties anonymous = DatabaseSettings.from(TestConfig.defaults(), key -> tmp.toString()).dataSourceProperties();
        Properties named = DatabaseSettings.from(TestConfig.defaults().withCredentials("thrive", "pw"),
                key -> tmp.toString()).dataSourceProperties();

        assertEquals(java.util.Set.of(DataSourceFactory.JDBC_URL), anonymous.stringPropertyNames());
        assertEquals("thrive", named.getProperty(DataSourceFactory.JDBC_USER));
        assertEquals("pw", named.getProperty(DataSourceFactory.JDBC_PASSWORD));
    }

    @Test
    void aPoolSizeBelowOneIsRefusedWithWhatToSet() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DatabaseSettings.from(TestConfig.defaults().withPoolSize(0), key -> tmp.toString()));

        assertTrue(e.getMessage().contains("poolSize is 0; set it to 1 or more"), e.getMessage());
    }
}

package org.thrivemis.roster.internal.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.thrivemis.api.roster.RosterSourceException;

/**
 * The files of a OneRoster CSV dataset, in a folder or a ZIP (at its root or in one top folder).
 * Entries are only read, never extracted, so paths inside a ZIP cannot escape anywhere.
 */
abstract class CsvFiles implements Closeable {

    /** The file with this name (case-insensitive), if the dataset has it. */
    abstract Optional<InputStream> open(String name) throws IOException;

    /** Opens a folder or a ZIP file. */
    static CsvFiles at(Path location) {
        if (Files.isDirectory(location)) {
            return new Folder(location);
        }
        if (Files.isRegularFile(location)) {
            try {
                return new Zip(new ZipFile(location.toFile()));
            } catch (ZipException e) {
                throw new RosterSourceException("The file " + location.getFileName() + " is not a ZIP archive ("
                        + e.getMessage() + "). Give a folder of OneRoster CSV files or a ZIP of them.", e);
            } catch (IOException e) {
                throw new RosterSourceException("Cannot read " + location + ": " + e.getMessage(), e);
            }
        }
        throw new RosterSourceException("There is no folder or ZIP file at " + location
                + ". Check the source's location setting, and that the MIS can read it.");
    }

    private static final class Folder extends CsvFiles {
        private final Map<String, Path> files = new HashMap<>();

        Folder(Path dir) {
            try (var list = Files.list(dir)) {
                list.filter(Files::isRegularFile)
                        .forEach(p -> files.put(p.getFileName().toString().toLowerCase(Locale.ROOT), p));
            } catch (IOException e) {
                throw new RosterSourceException("Cannot list the folder " + dir + ": " + e.getMessage(), e);
            }
        }

        @Override
        Optional<InputStream> open(String name) throws IOException {
            Path p = files.get(name.toLowerCase(Locale.ROOT));
            return p == null ? Optional.empty() : Optional.of(Files.newInputStream(p));
        }

        @Override
        public void close() {
            // nothing held open
        }
    }

    private static final class Zip extends CsvFiles {
        private final ZipFile zip;
        private final Map<String, ZipEntry> entries = new HashMap<>();

        Zip(ZipFile zip) {
            this.zip = zip;
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (e.isDirectory() || e.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                String name = e.getName();
                // a ZIP made by zipping the folder holds "export/users.csv": read it as "users.csv"
                String base = name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
                entries.putIfAbsent(base, e);
            }
        }

        @Override
        Optional<InputStream> open(String name) throws IOException {
            ZipEntry e = entries.get(name.toLowerCase(Locale.ROOT));
            return e == null ? Optional.empty() : Optional.of(zip.getInputStream(e));
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }
}

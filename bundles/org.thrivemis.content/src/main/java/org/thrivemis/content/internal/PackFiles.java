package org.thrivemis.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.thrivemis.api.Problem;

/** Reads packs from where they live: the configured file, or the sample pack inside this bundle. */
final class PackFiles {
    /** Larger files are refused unread: a real pack is a few hundred kilobytes. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final String SAMPLE = "packs/sample.json";

    private PackFiles() {
    }

    /** Reads and validates the pack file; a missing or unreadable file is a problem like any other. */
    static PackReading read(String file) {
        Path absolute;
        try {
            absolute = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return PackReading.refused(List.of(new Problem("packFile", file, "is not a valid path ("
                    + e.getReason() + "): correct configuration " + ContentPackConfig.PID)));
        }
        try {
            long size = Files.size(absolute);
            if (size > MAX_BYTES) {
                return refused(absolute, "is " + size + " bytes, more than the " + MAX_BYTES + " a content pack"
                        + " may have: check that this is the right file");
            }
            return PackReader.read(Files.readAllBytes(absolute));
        } catch (NoSuchFileException e) {
            return refused(absolute, "there is no file " + absolute + ": check the path in configuration "
                    + ContentPackConfig.PID + " (packFile), or leave it empty for the sample pack");
        } catch (IOException e) {
            return refused(absolute, "cannot read " + absolute + " (" + e.getMessage() + "): check that the file"
                    + " is readable by the MIS");
        }
    }

    /** The sample pack shipped in this bundle; it is checked by the build, so a problem here is a bug. */
    static PackReading sample() {
        try (InputStream in = PackFiles.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLE + " is missing from the content bundle");
            }
            return PackReader.read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackReading refused(Path file, String message) {
        return PackReading.refused(List.of(new Problem("packFile", file.toString(), message)));
    }
}

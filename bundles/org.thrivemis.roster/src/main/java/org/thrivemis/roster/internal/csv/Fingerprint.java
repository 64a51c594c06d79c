package org.thrivemis.roster.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * SHA-256 over a dataset's bytes (every file of a folder by name, or the ZIP file) and the limits
 * it is read with: equal digests mean a read would deliver exactly the same records.
 */
final class Fingerprint {
    private Fingerprint() {
    }

    static String of(Path location, CsvLimits limits) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java without SHA-256", e);
        }
        sha.update(limits.toString().getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        if (Files.isDirectory(location)) {
            try (Stream<Path> list = Files.list(location)) {
                files = list.filter(Files::isRegularFile).sorted().toList();
            }
        } else {
            files = List.of(location);
        }
        byte[] buffer = new byte[64 * 1024];
        for (Path f : files) {
            sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = Files.newInputStream(f)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    sha.update(buffer, 0, n);
                }
            }
            sha.update((byte) 0);
        }
        return "sha-256:" + HexFormat.of().formatHex(sha.digest());
    }
}

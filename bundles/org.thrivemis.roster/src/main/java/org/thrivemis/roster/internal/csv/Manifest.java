package org.thrivemis.roster.internal.csv;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.thrivemis.api.roster.Coverage;
import org.thrivemis.api.roster.Origin;
import org.thrivemis.api.roster.SyncIssue;

/**
 * A dataset's {@code manifest.csv}: the OneRoster version (1.1 or 1.2) and, per file, whether it is
 * absent, bulk or delta. A dataset without a readable manifest is refused: without it, a missing
 * file could mean "no change" or "everyone left".
 */
final class Manifest {
    static final String FILE = "manifest.csv";

    private final String version;
    private final Map<String, Coverage> files;

    private Manifest(String version, Map<String, Coverage> files) {
        this.version = version;
        this.files = files;
    }

    /** The OneRoster version, {@code 1.1} or {@code 1.2}. */
    String version() {
        return version;
    }

    /** The manifest's {@code file.<name>} value for e.g. {@code users}; absent when not listed. */
    Coverage coverage(String name) {
        return files.getOrDefault(name, Coverage.ABSENT);
    }

    /** Reads the manifest, reporting every problem; empty when it cannot be used. */
    static Optional<Manifest> read(Optional<InputStream> in, CsvLimits limits, Consumer<SyncIssue> issues)
            throws IOException {
        if (in.isEmpty()) {
            issues.accept(SyncIssue.error(Origin.file(FILE), "", "", "The dataset has no manifest.csv. OneRoster"
                    + " CSV exports include one; export the whole dataset again."));
            return Optional.empty();
        }
        Map<String, String> properties = new HashMap<>();
        Map<String, Origin> where = new HashMap<>();
        boolean[] broken = {false};
        Consumer<SyncIssue> counting = i -> {
            broken[0] = true;
            issues.accept(i);
        };
        try (InputStream stream = in.get()) {
            boolean read = new CsvTable(FILE, limits, counting).read(stream, List.of("propertyName", "value"), row -> {
                properties.put(row.get("propertyName").toLowerCase(Locale.ROOT), row.get("value"));
                where.put(row.get("propertyName").toLowerCase(Locale.ROOT), row.origin());
            });
            if (!read || broken[0]) {
                return Optional.empty();
            }
        }
        String version = properties.getOrDefault("oneroster.version", "");
        if (!version.equals("1.1") && !version.equals("1.2")) {
            issues.accept(SyncIssue.error(where.getOrDefault("oneroster.version", Origin.file(FILE)),
                    "oneroster.version", version, "Only OneRoster 1.1 and 1.2 can be read; the manifest says '"
                            + version + "'. Export as OneRoster 1.1 or 1.2."));
            return Optional.empty();
        }
        Map<String, Coverage> files = new HashMap<>();
        for (Map.Entry<String, String> p : properties.entrySet()) {
            if (!p.getKey().startsWith("file.")) {
                continue;
            }
            String value = p.getValue().toLowerCase(Locale.ROOT);
            Coverage coverage = switch (value) {
                case "absent" -> Coverage.ABSENT;
                case "bulk" -> Coverage.BULK;
                case "delta" -> Coverage.DELTA;
                default -> null;
            };
            if (coverage == null) {
                issues.accept(SyncIssue.error(where.get(p.getKey()), p.getKey(), p.getValue(), "A file's mode must be"
                        + " absent, bulk or delta. Correct the manifest."));
                broken[0] = true;
            } else {
                files.put(p.getKey().substring("file.".length()), coverage);
            }
        }
        return broken[0] ? Optional.empty() : Optional.of(new Manifest(version, files));
    }
}

package org.thrivemis.store.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Level;

/**
 * How an imported profile's strand results and statement levels, and an imported plan's targets,
 * are kept in one text column each: a whole record is read and written at once, never queried by
 * part, so one column beats a child table (and keeps a million-row import to one insert a row).
 */
final class ImportColumns {

    private ImportColumns() {
    }

    /** {@code BEING=80;DOING=60}: strands in the order given. */
    static String strands(List<StrandScore> scores) {
        StringBuilder out = new StringBuilder();
        for (StrandScore s : scores) {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(s.strand().name()).append('=').append(s.percentSecure());
        }
        return out.toString();
    }

    static List<StrandScore> strands(String stored) {
        List<StrandScore> scores = new ArrayList<>();
        if (stored != null && !stored.isEmpty()) {
            for (String part : stored.split(";")) {
                int eq = part.indexOf('=');
                scores.add(new StrandScore(Strand.valueOf(part.substring(0, eq)),
                        Integer.parseInt(part.substring(eq + 1))));
            }
        }
        return scores;
    }

    /** {@code being-01=SECURE;doing-02=EMERGING}, sorted by statement id so equal maps store equally. */
    static String statements(Map<String, Level> levels) {
        StringBuilder out = new StringBuilder();
        levels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (out.length() > 0) {
                out.append(';');
            }
            out.append(e.getKey()).append('=').append(e.getValue().name());
        });
        return out.toString();
    }

    static Map<String, Level> statements(String stored) {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (stored != null && !stored.isEmpty()) {
            for (String part : stored.split(";")) {
                int eq = part.lastIndexOf('=');
                levels.put(part.substring(0, eq), Level.valueOf(part.substring(eq + 1)));
            }
        }
        return levels;
    }

    /** One target a line: {@code STRAND|statement id|text}, with {@code \}, line breaks and {@code |} escaped. */
    static String targets(List<Target> targets) {
        StringBuilder out = new StringBuilder();
        for (Target t : targets) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(t.strand().name()).append('|').append(escape(t.statementId().orElse(""))).append('|')
                    .append(escape(t.text()));
        }
        return out.toString();
    }

    static List<Target> targets(String stored) {
        List<Target> targets = new ArrayList<>();
        if (stored != null && !stored.isEmpty()) {
            for (String line : stored.split("\n")) {
                String[] parts = line.split("\\|", 3);
                String statement = unescape(parts[1]);
                targets.add(new Target(Strand.valueOf(parts[0]),
                        statement.isEmpty() ? Optional.empty() : Optional.of(statement), unescape(parts[2])));
            }
        }
        return targets;
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("|", "\\p");
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char n = text.charAt(++i);
                out.append(switch (n) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 'p' -> '|';
                    default -> n;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}

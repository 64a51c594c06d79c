package org.thrivemis.imports.csv.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.imports.ImportRecord;
import org.thrivemis.api.imports.ImportSink;
import org.thrivemis.api.imports.ImportedPlan;
import org.thrivemis.api.imports.ImportedProfile;
import org.thrivemis.api.imports.PupilIdentity;
import org.thrivemis.api.imports.StrandScore;
import org.thrivemis.api.plan.PlanStatus;
import org.thrivemis.api.plan.Target;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * Turns one CSV row into a canonical record, or reports every problem in it (with line, the
 * column's header and the value) and yields nothing. Only reading is done here; what the values
 * mean for the school (UPN check letters, dates in the future, known statements) the pipeline checks.
 */
final class RowReader {
    /** Strand.values() copies its array on every call: once per strand of every row of a large file. */
    private static final Strand[] STRAND_OF = Strand.values();
    private static final Column[] STRANDS = {Column.BEING, Column.DOING, Column.THINKING, Column.POWER_AND_IDENTITY,
        Column.SKILLS_AND_STRUCTURE, Column.INTERDEPENDENCE};

    private final ColumnMapping columns;
    private final ImportSink sink;

    RowReader(ColumnMapping columns, ImportSink sink) {
        this.columns = columns;
        this.sink = sink;
    }

    /** The record of the row starting on {@code line}, if it has no problems. */
    Optional<ImportRecord> read(long line, String[] row) {
        Row r = new Row(line, row);
        String type = r.text(Column.RECORD_TYPE).toLowerCase(Locale.ROOT);
        PupilIdentity who = new PupilIdentity(r.optional(Column.UPN).map(u -> u.replace(" ", "")),
                r.optional(Column.MIS_ID), r.text(Column.FORENAME), r.text(Column.SURNAME),
                r.optionalDate(Column.DATE_OF_BIRTH));
        ImportRecord record = switch (type) {
            case "profile" -> profile(r, who);
            case "action plan", "plan", "actionplan" -> plan(r, who);
            default -> {
                r.problem(Column.RECORD_TYPE, type.isEmpty() ? "The record type is missing" : "Unknown record type",
                        ": write Profile or Action plan");
                yield null;
            }
        };
        return r.ok ? Optional.ofNullable(record) : Optional.empty();
    }

    private ImportedProfile profile(Row r, PupilIdentity who) {
        LocalDate date = r.date(Column.PROFILE_DATE);
        ProfileKind kind = switch (r.text(Column.PROFILE_TYPE).toLowerCase(Locale.ROOT)) {
            case "baseline" -> ProfileKind.BASELINE;
            case "behaviour", "behavior" -> ProfileKind.BEHAVIOUR;
            case "group", "whole group", "whole-group", "wgs" -> ProfileKind.GROUP;
            default -> {
                r.problem(Column.PROFILE_TYPE, "Unknown profile type", ": write Baseline, Behaviour or Group");
                yield null;
            }
        };
        List<StrandScore> scores = new ArrayList<>();
        for (int i = 0; i < STRANDS.length; i++) {
            String value = r.text(STRANDS[i]).replace("%", "").strip();
            if (value.isEmpty()) {
                continue; // a strand not assessed in this profile
            }
            try {
                scores.add(new StrandScore(STRAND_OF[i], Integer.parseInt(value)));
            } catch (NumberFormatException e) {
                r.problem(STRANDS[i], "Not a whole number", ": give the percentage of statements secure, 0 to 100");
            }
        }
        Map<String, Level> statements = statements(r);
        return r.ok ? new ImportedProfile(r.line, who, date, kind, scores, statements) : null;
    }

    private Map<String, Level> statements(Row r) {
        Map<String, Level> levels = new LinkedHashMap<>();
        String text = r.text(Column.STATEMENTS);
        if (text.isEmpty()) {
            return levels;
        }
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String id = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            String level = eq < 0 ? "" : part.substring(eq + 1).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
            Level parsed = switch (level) {
                case "secure" -> Level.SECURE;
                case "emerging" -> Level.EMERGING;
                case "not yet", "notyet" -> Level.NOT_YET;
                default -> null;
            };
            if (parsed == null || id.isEmpty()) {
                r.problem(Column.STATEMENTS, part.strip(), "Statement levels are written as"
                        + " statement-id=Secure, Emerging or Not yet, separated by semicolons", true);
            } else if (levels.put(id, parsed) != null) {
                r.problem(Column.STATEMENTS, id, "The statement " + id + " is given twice: keep one level", true);
            }
        }
        return levels;
    }

    private ImportedPlan plan(Row r, PupilIdentity who) {
        LocalDate start = r.date(Column.PLAN_START);
        LocalDate review = r.date(Column.REVIEW_DATE);
        String statusText = r.text(Column.PLAN_STATUS).toUpperCase(Locale.ROOT);
        PlanStatus status = PlanStatus.ACTIVE;
        if (!statusText.isEmpty()) {
            try {
                status = PlanStatus.valueOf(statusText);
            } catch (IllegalArgumentException e) {
                r.problem(Column.PLAN_STATUS, "Unknown plan status", ": write Draft, Active, Reviewed or Closed");
            }
        }
        List<Target> targets = new ArrayList<>();
        for (String entry : r.text(Column.TARGETS).split("\\r?\\n")) {
            if (entry.isBlank()) {
                continue;
            }
            int colon = entry.indexOf(':');
            Optional<Strand> strand = colon < 0 ? Optional.empty() : strand(entry.substring(0, colon));
            if (strand.isEmpty()) {
                r.problem(Column.TARGETS, entry.strip(), "Each target starts with its strand and a colon, e.g."
                        + " 'Doing: tries a new activity'. Strands: Being, Doing, Thinking, Power and identity,"
                        + " Skills and structure, Interdependence", true);
                continue;
            }
            targets.add(new Target(strand.get(), Optional.empty(), entry.substring(colon + 1).strip()));
        }
        return r.ok ? new ImportedPlan(r.line, who, start, review, status, targets) : null;
    }

    /** The strand named, by label or constant name, ignoring case, '&' for 'and' and spaces. */
    static Optional<Strand> strand(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[\\s_]+", " ");
        for (Strand s : Strand.values()) {
            if (s.label().toLowerCase(Locale.ROOT).equals(wanted) || s.name().replace('_', ' ')
                    .toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** One row being read: collects its problems into the sink and remembers whether it had any. */
    private final class Row {
        final long line;
        final String[] cells;
        boolean ok = true;

        Row(long line, String[] cells) {
            this.line = line;
            this.cells = cells;
        }

        String text(Column c) {
            return columns.get(cells, c);
        }

        Optional<String> optional(Column c) {
            String t = text(c);
            return t.isEmpty() ? Optional.empty() : Optional.of(t);
        }

        LocalDate date(Column c) {
            String t = text(c);
            if (t.isEmpty()) {
                problem(c, "", "The date is missing: write it as day/month/year, e.g. 25/12/2024", true);
                return null;
            }
            UkDates.Parsed parsed = UkDates.parse(t);
            if (!parsed.valid()) {
                problem(c, t, parsed.problem(), true);
                return null;
            }
            return parsed.date();
        }

        Optional<LocalDate> optionalDate(Column c) {
            return text(c).isEmpty() ? Optional.empty() : Optional.ofNullable(date(c));
        }

        void problem(Column c, String what, String todo) {
            problem(c, text(c), what + " '" + text(c) + "'" + todo, true);
        }

        void problem(Column c, String value, String message, boolean full) {
            ok = false;
            sink.problem(line, columns.header(c), value, message);
        }
    }
}

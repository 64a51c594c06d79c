package org.thrivemis.content.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.thrivemis.api.Problem;
import org.thrivemis.api.content.Activity;
import org.thrivemis.api.content.ActivitySetting;
import org.thrivemis.api.content.AgeRange;
import org.thrivemis.api.content.ContentPack;
import org.thrivemis.api.content.ScreeningBand;
import org.thrivemis.api.content.Statement;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.content.StrandContent;

/**
 * Reads a content pack from JSON and checks it against the rules of {@code content-pack.schema.json}
 * plus those a schema cannot say (unique ids, strand order, bands not overlapping). It goes on after
 * a problem so that an admin sees EVERY problem of a file at once, each with its JSON path and what
 * to do. One reader per file: it collects state while it walks.
 */
final class PackReader {
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    static final int TEXT_MAX = 500;
    static final int TITLE_MAX = 200;
    static final int DESCRIPTION_MAX = 2000;
    static final int MONTHS_MAX = 300;

    private static final ObjectMapper JSON = new ObjectMapper()
            // two "id" keys in one object would otherwise silently keep the last
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final String STRAND_NAMES = Arrays.stream(Strand.values()).map(Strand::name)
            .collect(Collectors.joining(", "));

    private final List<Problem> problems = new ArrayList<>();
    /** Statement ids (assessment and screening share one space, as assessments store them) to where first seen. */
    private final Map<String, String> statementIds = new HashMap<>();
    private final Map<String, String> activityIds = new HashMap<>();

    private PackReader() {
    }

    /** Reads and validates a pack. */
    static PackReading read(byte[] json) {
        return new PackReader().readPack(json);
    }

    private PackReading readPack(byte[] json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return PackReading.refused(List.of(new Problem("$", "", "the file is not valid JSON" + where + " ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "): correct the JSON syntax there")));
        } catch (IOException e) {
            return PackReading.refused(List.of(new Problem("$", "", "the pack could not be read (" + e.getMessage()
                    + "): check the file")));
        }
        if (root == null || root.isMissingNode()) {
            return PackReading.refused(List.of(new Problem("$", "", "the file is empty: it must hold one JSON object,"
                    + " the content pack")));
        }
        if (!root.isObject()) {
            return PackReading.refused(List.of(new Problem("$", shown(root), "expected a JSON object (the content"
                    + " pack), found " + kind(root))));
        }
        unknownFields(root, "$", Set.of("$schema", "id", "version", "title", "sample", "strands", "screening"));
        String id = id(root, "$", "id", null);
        String version = text(root, "$", "version", 32);
        if (version != null && !VERSION.matcher(version).matches()) {
            add("$.version", version, "must be three numbers separated by dots, e.g. 1.0.0");
        }
        String title = text(root, "$", "title", TITLE_MAX);
        boolean sample = false;
        JsonNode sampleNode = root.get("sample");
        if (sampleNode != null) {
            if (sampleNode.isBoolean()) {
                sample = sampleNode.booleanValue();
            } else {
                add("$.sample", shown(sampleNode), "must be true or false (true only for sample content)");
            }
        }
        List<StrandContent> strands = strands(root.get("strands"));
        List<ScreeningBand> screening = screening(root.get("screening"));
        if (!problems.isEmpty()) {
            return PackReading.refused(problems);
        }
        return new PackReading(Optional.of(new ContentPack(id, version, title, sample, strands, screening)), List.of());
    }

    private List<StrandContent> strands(JsonNode node) {
        String path = "$.strands";
        if (!isArray(node, path, "the six strands, in order: " + STRAND_NAMES)) {
            return List.of();
        }
        Map<Strand, String> seen = new EnumMap<>(Strand.class);
        List<StrandContent> strands = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!isObject(item, at)) {
                continue;
            }
            unknownFields(item, at, Set.of("strand", "summary", "expectedAges", "statements", "activities"));
            Strand strand = strand(item, at);
            String summary = text(item, at, "summary", TEXT_MAX);
            AgeRange ages = ages(item.get("expectedAges"), at + ".expectedAges");
            if (strand != null) {
                String earlier = seen.putIfAbsent(strand, at);
                if (earlier != null) {
                    add(at + ".strand", strand.name(), "strand " + strand.name() + " is listed twice (also at "
                            + earlier + "): keep one entry per strand");
                    strand = null;
                } else if (strand.ordinal() != i) {
                    add(at + ".strand", strand.name(), "strand " + strand.name() + " is out of order: list the"
                            + " strands in this order: " + STRAND_NAMES);
                }
            }
            List<Statement> statements = statements(item.get("statements"), at + ".statements", strand);
            List<Activity> activities = activities(item.get("activities"), at + ".activities", strand);
            if (strand != null && summary != null && ages != null) {
                strands.add(new StrandContent(strand, summary, ages, statements, activities));
            }
        }
        for (Strand s : Strand.values()) {
            if (!seen.containsKey(s)) {
                add(path, "", "strand " + s.name() + " is missing: add an entry for it (every pack has all six"
                        + " strands: " + STRAND_NAMES + ")");
            }
        }
        return strands;
    }

    private List<Statement> statements(JsonNode node, String path, Strand strand) {
        if (!isArray(node, path, "the strand's assessment statements")) {
            return List.of();
        }
        if (node.isEmpty()) {
            add(path, "[]", "a strand needs at least one statement: add the statements practitioners assess");
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!isObject(item, at)) {
                continue;
            }
            unknownFields(item, at, Set.of("id", "text"));
            String id = id(item, at, "id", statementIds);
            String text = text(item, at, "text", TEXT_MAX);
            if (id != null && text != null && strand != null) {
                statements.add(new Statement(id, strand, text));
            }
        }
        return statements;
    }

    private List<Activity> activities(JsonNode node, String path, Strand strand) {
        if (node == null) {
            return List.of();
        }
        if (!isArray(node, path, "suggested activities")) {
            return List.of();
        }
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!isObject(item, at)) {
                continue;
            }
            unknownFields(item, at, Set.of("id", "setting", "title", "description"));
            String id = id(item, at, "id", activityIds);
            ActivitySetting setting = setting(item, at);
            String title = text(item, at, "title", TITLE_MAX);
            String description = text(item, at, "description", DESCRIPTION_MAX);
            if (id != null && setting != null && title != null && description != null && strand != null) {
                activities.add(new Activity(id, strand, setting, title, description));
            }
        }
        return activities;
    }

    private List<ScreeningBand> screening(JsonNode node) {
        String path = "$.screening";
        if (node == null) {
            return List.of();
        }
        if (!isArray(node, path, "the screening bands")) {
            return List.of();
        }
        List<ScreeningBand> bands = new ArrayList<>();
        List<String> bandPaths = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!isObject(item, at)) {
                continue;
            }
            unknownFields(item, at, Set.of("ages", "statements"));
            AgeRange ages = ages(item.get("ages"), at + ".ages");
            List<Statement> statements = screeningStatements(item.get("statements"), at + ".statements");
            if (ages != null) {
                for (int b = 0; b < bands.size(); b++) {
                    AgeRange other = bands.get(b).ages();
                    if (ages.fromMonths() < other.toMonths() && other.fromMonths() < ages.toMonths()) {
                        add(at + ".ages", months(ages), "overlaps the band at " + bandPaths.get(b) + " ("
                                + months(other) + "): each age may fall in one band only; adjust the months");
                    }
                }
                bands.add(new ScreeningBand(ages, statements));
                bandPaths.add(at);
            }
        }
        return bands;
    }

    private List<Statement> screeningStatements(JsonNode node, String path) {
        if (!isArray(node, path, "the band's screening statements")) {
            return List.of();
        }
        if (node.isEmpty()) {
            add(path, "[]", "a screening band needs at least one statement: add the statements teachers screen against");
        }
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!isObject(item, at)) {
                continue;
            }
            unknownFields(item, at, Set.of("id", "strand", "text"));
            String id = id(item, at, "id", statementIds);
            Strand strand = strand(item, at);
            String text = text(item, at, "text", TEXT_MAX);
            if (id != null && strand != null && text != null) {
                statements.add(new Statement(id, strand, text));
            }
        }
        return statements;
    }

    private AgeRange ages(JsonNode node, String path) {
        if (node == null) {
            add(path, "", "is missing: give the ages as {\"fromMonths\": 84, \"toMonths\": 144} (whole months,"
                    + " from inclusive, to exclusive)");
            return null;
        }
        if (!isObject(node, path)) {
            return null;
        }
        unknownFields(node, path, Set.of("fromMonths", "toMonths"));
        Integer from = months(node, path, "fromMonths");
        Integer to = months(node, path, "toMonths");
        if (from == null || to == null) {
            return null;
        }
        if (to <= from) {
            add(path + ".toMonths", String.valueOf(to), "must be greater than fromMonths (" + from + ")");
            return null;
        }
        return new AgeRange(from, to);
    }

    private Integer months(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        String at = path + "." + name;
        if (node == null) {
            add(at, "", "is missing: give a whole number of months, 0 to " + MONTHS_MAX);
            return null;
        }
        if (!node.canConvertToExactIntegral() || node.isTextual()) {
            add(at, shown(node), "must be a whole number of months, 0 to " + MONTHS_MAX + " (e.g. 84 for 7 years)");
            return null;
        }
        int value = node.asInt();
        if (value < 0 || value > MONTHS_MAX) {
            add(at, shown(node), "must be between 0 and " + MONTHS_MAX + " months");
            return null;
        }
        return value;
    }

    private Strand strand(JsonNode parent, String path) {
        JsonNode node = parent.get("strand");
        String at = path + ".strand";
        if (node == null) {
            add(at, "", "is missing: name the strand, one of " + STRAND_NAMES);
            return null;
        }
        if (node.isTextual()) {
            for (Strand s : Strand.values()) {
                if (s.name().equals(node.textValue())) {
                    return s;
                }
            }
        }
        add(at, shown(node), "unknown strand " + shown(node) + ": use one of " + STRAND_NAMES);
        return null;
    }

    private ActivitySetting setting(JsonNode parent, String path) {
        JsonNode node = parent.get("setting");
        String at = path + ".setting";
        if (node != null && node.isTextual()) {
            for (ActivitySetting s : ActivitySetting.values()) {
                if (s.name().equals(node.textValue())) {
                    return s;
                }
            }
        }
        add(at, node == null ? "" : shown(node), (node == null ? "is missing" : "unknown setting " + shown(node))
                + ": use SCHOOL or HOME");
        return null;
    }

    /** A required id matching {@link #ID}; unique in {@code space} when one is given. */
    private String id(JsonNode parent, String path, String name, Map<String, String> space) {
        String id = text(parent, path, name, 64);
        if (id == null) {
            return null;
        }
        String at = path + "." + name;
        if (!ID.matcher(id).matches()) {
            add(at, id, "\"" + id + "\" is not a valid id: use lower-case letters, digits, '.', '_' or '-',"
                    + " starting with a letter or digit, e.g. being-01");
            return null;
        }
        if (space != null) {
            String earlier = space.putIfAbsent(id, path);
            if (earlier != null) {
                add(at, id, "duplicate id \"" + id + "\" (also at " + earlier + "): give each one its own id");
                return null;
            }
        }
        return id;
    }

    /** A required, non-blank string of at most {@code max} characters; null (and a problem) otherwise. */
    private String text(JsonNode parent, String path, String name, int max) {
        JsonNode node = parent.get(name);
        String at = path + "." + name;
        if (node == null || node.isNull()) {
            add(at, "", "is missing: add \"" + name + "\" as text");
            return null;
        }
        if (!node.isTextual()) {
            add(at, shown(node), "must be text (in quotes), found " + kind(node));
            return null;
        }
        String value = node.textValue().strip();
        if (value.isEmpty()) {
            add(at, node.textValue(), "is empty: write the " + name);
            return null;
        }
        if (value.length() > max) {
            add(at, value.substring(0, Math.min(40, value.length())) + "…", "is " + value.length() + " characters long: shorten it to at most "
                    + max);
            return null;
        }
        return value;
    }

    private boolean isArray(JsonNode node, String path, String what) {
        if (node == null) {
            add(path, "", "is missing: add a list (JSON array) of " + what);
            return false;
        }
        if (!node.isArray()) {
            add(path, shown(node), "must be a list (JSON array) of " + what + ", found " + kind(node));
            return false;
        }
        return true;
    }

    private boolean isObject(JsonNode node, String path) {
        if (!node.isObject()) {
            add(path, shown(node), "must be a JSON object, found " + kind(node));
            return false;
        }
        return true;
    }

    /** Unknown properties are refused: usually a misspelt name whose value would silently be lost. */
    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!known.contains(name)) {
                add(path + "." + name, "", "unknown property \"" + name + "\": remove it or correct its name (known: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")");
            }
        }
    }

    private void add(String path, String value, String message) {
        problems.add(new Problem(path, value, message));
    }

    private static String months(AgeRange ages) {
        return ages.fromMonths() + "–" + ages.toMonths() + " months";
    }

    private static String shown(JsonNode node) {
        String text = node.isTextual() ? "\"" + node.textValue() + "\"" : node.toString();
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase();
        };
    }
}

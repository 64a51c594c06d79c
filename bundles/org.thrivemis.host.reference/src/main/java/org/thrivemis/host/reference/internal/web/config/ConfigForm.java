package org.thrivemis.host.reference.internal.web.config;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * Reads a submitted configuration form against the settings' metatype: each value is converted to
 * its type, checked against its choices and its own validation, and a blank secret keeps the secret
 * already stored. Either every value is good and the new properties come back, or nothing is saved
 * and every problem comes back, naming the setting and the value.
 */
public final class ConfigForm {

    /** Properties ConfigAdmin manages itself; never copied into an update. */
    private static final Set<String> MANAGED = Set.of("service.pid", "service.factoryPid", "service.bundleLocation");

    private ConfigForm() {
    }

    /** A problem with one setting. */
    public record Problem(String htmlId, String message) {
    }

    /** The properties to save, or the problems (then nothing is saved). */
    public record Outcome(Map<String, Object> properties, List<Problem> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /**
     * @param fields the settings, from metatype
     * @param submitted the form's fields (name → values)
     * @param current the configuration's properties now (empty for a new one)
     */
    public static Outcome read(List<FieldSpec> fields, Map<String, String[]> submitted, Map<String, Object> current) {
        Map<String, Object> properties = new LinkedHashMap<>();
        current.forEach((key, value) -> {
            if (!MANAGED.contains(key)) {
                properties.put(key, value);
            }
        });
        List<Problem> problems = new ArrayList<>();
        for (FieldSpec field : fields) {
            String[] raw = submitted.getOrDefault(field.htmlId(), new String[0]);
            String entered = raw.length == 0 ? "" : raw[0];
            if (field.bool()) {
                properties.put(field.id(), field.multiple() ? new Boolean[] {"true".equals(entered)} : "true".equals(entered));
                continue;
            }
            if (field.secret() && entered.isEmpty()) {
                properties.putIfAbsent(field.id(), "");
                continue; // a blank secret keeps the one stored
            }
            List<String> values = field.multiple()
                    ? Arrays.stream(entered.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                    : List.of(field.secret() ? entered : entered.strip());
            List<Object> converted = new ArrayList<>();
            for (String value : values) {
                Optional<String> problem = check(field, value);
                if (problem.isPresent()) {
                    problems.add(new Problem(field.htmlId(), problem.get()));
                } else {
                    converted.add(convert(field.type(), value));
                }
            }
            if (converted.size() == values.size()) {
                properties.put(field.id(), field.multiple() ? toArray(field.type(), converted) : converted.get(0));
            }
        }
        return new Outcome(problems.isEmpty() ? properties : Map.of(), problems);
    }

    private static Optional<String> check(FieldSpec field, String value) {
        String shown = field.secret() ? "the value entered" : "\"" + value + "\"";
        if (field.numeric()) {
            if (value.isEmpty()) {
                return Optional.of("Enter " + field.name().toLowerCase() + " (a number)");
            }
            try {
                convert(field.type(), value);
            } catch (NumberFormatException e) {
                boolean whole = field.type() != AttributeDefinition.DOUBLE && field.type() != AttributeDefinition.FLOAT;
                return Optional.of(field.name() + ": " + shown + " is not " + (whole ? "a whole number" : "a number")
                        + (whole ? ", for example 30" : ", for example 2.5"));
            }
        }
        if (!field.options().isEmpty() && field.options().stream().noneMatch(o -> o.value().equals(value))) {
            return Optional.of(field.name() + ": " + shown + " is not one of the choices");
        }
        String verdict = field.validator().apply(value);
        if (verdict != null && !verdict.isEmpty()) {
            return Optional.of(field.name() + ": " + shown + " is not accepted (" + verdict + ")");
        }
        return Optional.empty();
    }

    private static Object convert(int type, String value) {
        return switch (type) {
            case AttributeDefinition.INTEGER -> Integer.valueOf(value);
            case AttributeDefinition.LONG -> Long.valueOf(value);
            case AttributeDefinition.SHORT -> Short.valueOf(value);
            case AttributeDefinition.BYTE -> Byte.valueOf(value);
            case AttributeDefinition.DOUBLE -> Double.valueOf(value);
            case AttributeDefinition.FLOAT -> Float.valueOf(value);
            case AttributeDefinition.CHARACTER -> value.isEmpty() ? Character.valueOf(' ') : Character.valueOf(value.charAt(0));
            default -> value;
        };
    }

    private static Object toArray(int type, List<Object> values) {
        Class<?> component = switch (type) {
            case AttributeDefinition.INTEGER -> Integer.class;
            case AttributeDefinition.LONG -> Long.class;
            case AttributeDefinition.SHORT -> Short.class;
            case AttributeDefinition.BYTE -> Byte.class;
            case AttributeDefinition.DOUBLE -> Double.class;
            case AttributeDefinition.FLOAT -> Float.class;
            case AttributeDefinition.CHARACTER -> Character.class;
            default -> String.class;
        };
        Object array = Array.newInstance(component, values.size());
        for (int i = 0; i < values.size(); i++) {
            Array.set(array, i, values.get(i));
        }
        return array;
    }

    /** What the form shows for a setting now: stored value, else the default; secrets never. */
    public static String shown(FieldSpec field, Map<String, Object> current) {
        if (field.secret()) {
            return "";
        }
        Object value = current.get(field.id());
        if (value == null) {
            return String.join("\n", field.defaults());
        }
        if (value.getClass().isArray()) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                parts.add(String.valueOf(Array.get(value, i)));
            }
            return String.join("\n", parts);
        }
        if (value instanceof java.util.Collection<?> many) {
            return String.join("\n", many.stream().map(String::valueOf).toList());
        }
        return String.valueOf(value);
    }

    /** Whether a secret is stored (so the form can say "leave blank to keep it"). */
    public static boolean secretSet(FieldSpec field, Map<String, Object> current) {
        Object value = current.get(field.id());
        return value != null && !String.valueOf(value).isEmpty();
    }
}

package org.thrivemis.host.reference.internal.web.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.osgi.service.metatype.AttributeDefinition;

/**
 * One setting of a configuration as its metatype describes it: what the console shows (name,
 * description, choices) and how a submitted value is read (type, how many values, the attribute's
 * own validation).
 *
 * @param id the property name
 * @param name label
 * @param description hint under the label
 * @param type an {@link AttributeDefinition} type constant
 * @param cardinality 0 for one value, otherwise a list
 * @param options the allowed values with their labels (empty: free entry)
 * @param defaults the default values
 * @param validator the attribute's validation: null or "" when the value is fine, else a message
 */
public record FieldSpec(String id, String name, String description, int type, int cardinality, List<Choice> options,
        List<String> defaults, UnaryOperator<String> validator) {

    public FieldSpec {
        options = List.copyOf(options);
        defaults = List.copyOf(defaults);
        description = description == null ? "" : description;
    }

    /** One allowed value. */
    public record Choice(String value, String label) {
    }

    /** The setting of a metatype attribute. */
    public static FieldSpec of(AttributeDefinition ad) {
        List<Choice> choices = new ArrayList<>();
        String[] values = ad.getOptionValues();
        String[] labels = ad.getOptionLabels();
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                choices.add(new Choice(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
            }
        }
        List<String> defaults = Optional.ofNullable(ad.getDefaultValue()).map(List::of).orElse(List.of());
        return new FieldSpec(ad.getID(), Optional.ofNullable(ad.getName()).orElse(ad.getID()), ad.getDescription(),
                ad.getType(), ad.getCardinality(), choices, defaults, ad::validate);
    }

    /** A secret: never shown back, never logged; a blank entry keeps the current one. */
    public boolean secret() {
        return type == AttributeDefinition.PASSWORD || id.startsWith(".");
    }

    /** More than one value, entered one per line. */
    public boolean multiple() {
        return cardinality != 0;
    }

    public boolean bool() {
        return type == AttributeDefinition.BOOLEAN;
    }

    public boolean numeric() {
        return switch (type) {
            case AttributeDefinition.INTEGER, AttributeDefinition.LONG, AttributeDefinition.SHORT, AttributeDefinition.BYTE,
                    AttributeDefinition.DOUBLE, AttributeDefinition.FLOAT -> true;
            default -> false;
        };
    }

    public boolean choice() {
        return !options.isEmpty() && !multiple();
    }

    /** An HTML id safe for property names with dots. */
    public String htmlId() {
        return "setting-" + id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}

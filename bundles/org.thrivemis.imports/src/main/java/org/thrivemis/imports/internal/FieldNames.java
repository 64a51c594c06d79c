package org.thrivemis.imports.internal;

import java.util.EnumMap;
import java.util.Map;
import org.thrivemis.api.imports.ImportField;

/**
 * The name of each field as the file being imported has it (a school's column mapping may rename
 * columns), so every problem names the column the user can find in their own file.
 */
final class FieldNames {
    private final Map<ImportField, String> names = new EnumMap<>(ImportField.class);

    /** What the format said the file calls the fields. */
    void set(Map<ImportField, String> asInFile) {
        asInFile.forEach((field, name) -> {
            if (name != null && !name.isBlank()) {
                names.put(field, name.strip());
            }
        });
    }

    String name(ImportField field) {
        return names.getOrDefault(field, field.defaultName());
    }
}

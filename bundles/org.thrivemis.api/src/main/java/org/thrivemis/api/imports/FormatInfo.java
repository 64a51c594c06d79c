package org.thrivemis.api.imports;

import java.util.Objects;

/** An installed import format, as the import page lists it. */
public record FormatInfo(String id, String label) {
    public FormatInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}

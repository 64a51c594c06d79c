package org.thrivemis.mis.api;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a class-view column is asked for: the cells of every pupil on the class page at once.
 */
public record ColumnRequest(Viewer viewer, SchoolClass schoolClass, List<Pupil> pupils, Locale locale) {
    public ColumnRequest {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(schoolClass, "schoolClass");
        pupils = List.copyOf(pupils);
        Objects.requireNonNull(locale, "locale");
    }
}

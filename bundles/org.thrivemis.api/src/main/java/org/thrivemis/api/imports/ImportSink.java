package org.thrivemis.api.imports;

import org.osgi.annotation.versioning.ProviderType;

/** Where a format streams what it reads; supplied by the pipeline. */
@ProviderType
public interface ImportSink {

    /** One record read from the file. */
    void accept(ImportRecord record);

    /**
     * Something in the file the format could not read.
     *
     * @param line the 1-based line of the file (0 for the file as a whole)
     * @param field the column or field, as named in the file (empty for the whole row or file)
     * @param value the value found (may be empty; the pipeline shortens very long values)
     * @param message what is wrong and what to do
     */
    void problem(long line, String field, String value, String message);

    /**
     * How the file names the fields, when it differs from {@link ImportField#defaultName()} (e.g. a
     * school's column mapping renamed a column): problems the pipeline finds later name the field as
     * the file does. Call it before the first record; fields not given keep their default name.
     */
    default void headers(java.util.Map<ImportField, String> asInFile) {
    }

    /** Whether the pipeline wants no more records (the import was cancelled or its format went away). */
    boolean cancelled();
}

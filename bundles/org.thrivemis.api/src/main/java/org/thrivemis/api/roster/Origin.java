package org.thrivemis.api.roster;

import java.util.Objects;

/**
 * Where a record or an issue came from, so a report can point at it: a file and line for file
 * sources, a URL for web sources, or {@link #NONE} for sources without locations (the host MIS).
 *
 * @param location file name inside the dataset (e.g. {@code users.csv}) or URL; empty when unknown
 * @param line 1-based line in the file (the header is line 1); 0 when not a line of a file
 */
public record Origin(String location, long line) {

    /** No location: the record came from a source without files or addresses. */
    public static final Origin NONE = new Origin("", 0);

    public Origin {
        Objects.requireNonNull(location, "location");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more: " + line);
        }
    }

    /** A line of a file. */
    public static Origin line(String file, long line) {
        return new Origin(file, line);
    }

    /** A file as a whole (e.g. a missing file or header). */
    public static Origin file(String file) {
        return new Origin(file, 0);
    }

    /** "users.csv line 12", "users.csv", a URL, or "" for {@link #NONE}. */
    @Override
    public String toString() {
        return line > 0 ? location + " line " + line : location;
    }
}

package org.thrivemis.api.imports;

/**
 * How many rows of a file had each outcome, and how many problems were found.
 *
 * @param rows records read
 * @param added new profiles and plans
 * @param changed stored ones that differ and are updated
 * @param unchanged stored ones already equal (a re-import)
 * @param skipped rows skipped: no pupil, more than one pupil, no consent, or changed in the MIS since imported
 * @param problems problems found in the file (rows or whole file)
 */
public record ImportCounts(long rows, long added, long changed, long unchanged, long skipped, long problems) {

    /** No rows yet. */
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0, 0);
}

package org.thrivemis.api.content;

/**
 * An age range in whole months, from inclusive to exclusive, e.g. 84–144 for 7 to 12 years.
 */
public record AgeRange(int fromMonths, int toMonths) {
    public AgeRange {
        if (fromMonths < 0 || toMonths <= fromMonths) {
            throw new IllegalArgumentException("age range must satisfy 0 <= from < to, got " + fromMonths + "-" + toMonths);
        }
    }

    /** Whether an age in months falls in the range. */
    public boolean contains(int ageMonths) {
        return ageMonths >= fromMonths && ageMonths < toMonths;
    }
}

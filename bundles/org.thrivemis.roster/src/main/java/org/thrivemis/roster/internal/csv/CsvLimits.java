package org.thrivemis.roster.internal.csv;

/**
 * How much one CSV record may hold before it is refused as broken.
 *
 * @param maxFieldChars longest accepted value
 * @param maxRecordChars longest row, all fields together
 * @param maxLinesPerRecord most physical lines one quoted row may span
 */
record CsvLimits(int maxFieldChars, int maxRecordChars, int maxLinesPerRecord) {

    /** Generous for real names and id lists; far below what could strain the heap. */
    static final CsvLimits DEFAULT = new CsvLimits(4000, 1_000_000, 50);
}

package org.thrivemis.roster.internal.csv;

import org.thrivemis.api.roster.RosterSource;

/** OneRoster CSV sources for tests outside this package. */
public final class TestCsvSources {
    private TestCsvSources() {
    }

    /** A source with the default limits reading {@code location} (or only uploads when empty). */
    public static RosterSource at(String location) {
        return new OneRosterCsvSource(location, CsvLimits.DEFAULT);
    }
}

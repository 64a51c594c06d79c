package org.thrivemis.web.internal.screening;

import java.util.List;
import java.util.Optional;

/**
 * A class's screening page: its rounds across the years, the form to open one (for those who may)
 * and the comparison of this academic year's closed rounds.
 */
public record RoundsView(Page page, String className, List<Row> rounds, Optional<OpenForm> open,
        Optional<String> refusal, Optional<Comparison> comparison, Optional<String> banner) {

    /** One round in the list. */
    public record Row(String title, String status, String statusTag, String opened, String href, String linkText) {
    }

    /** The open form: the terms of this academic year, the current one checked. */
    public record OpenForm(String action, String csrfField, String csrfToken, List<TermOption> terms, String error) {
        public boolean hasError() {
            return error != null && !error.isEmpty();
        }
    }

    public record TermOption(String value, String label, boolean checked, String id) {
    }
}

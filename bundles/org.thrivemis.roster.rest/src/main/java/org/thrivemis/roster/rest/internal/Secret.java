package org.thrivemis.roster.rest.internal;

import java.util.Objects;

/** A credential that never shows itself: {@link #toString()} hides it, so no log or message can leak it. */
final class Secret {
    private final String value;

    Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The secret, only for the one place that signs or authenticates with it. */
    String reveal() {
        return value;
    }

    boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return "(hidden)";
    }
}

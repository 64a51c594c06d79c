package org.thrivemis.api.profile;

import java.util.Objects;

/** An assessment with its result, as the profile history lists it. */
public record Profile(Assessment assessment, ProfileResult result) {
    public Profile {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(result, "result");
    }
}

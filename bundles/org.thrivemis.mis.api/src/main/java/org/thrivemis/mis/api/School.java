package org.thrivemis.mis.api;

import java.util.Objects;

/**
 * One school of the installation, as the host knows it. A host serving a single school may
 * report none at all (see {@link SchoolDirectory}).
 *
 * @param key the host's stable key of the school (for example its DfE establishment number)
 * @param name display name, e.g. "Hawthorn Primary School"
 * @since 1.2
 */
public record School(String key, String name) {
    public School {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a school key must not be blank");
        }
    }
}

package org.thrivemis.api.content;

import java.util.Objects;

/**
 * A suggested activity for a strand, at school or at home.
 *
 * @param id stable id within the pack
 * @param strand the strand it supports
 * @param setting school or home
 * @param title short title
 * @param description what to do, in plain words (home activities are printed for parents)
 */
public record Activity(String id, Strand strand, ActivitySetting setting, String title, String description) {
    public Activity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(strand, "strand");
        Objects.requireNonNull(setting, "setting");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }
}

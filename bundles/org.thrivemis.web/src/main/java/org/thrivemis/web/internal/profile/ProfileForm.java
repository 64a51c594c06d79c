package org.thrivemis.web.internal.profile;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.thrivemis.api.content.Strand;
import org.thrivemis.api.profile.Level;
import org.thrivemis.api.profile.ProfileKind;

/**
 * A profile form as posted to the tab: which action ({@value #ACTION} field), for which assessment
 * and version, and the levels chosen. Values a user cannot have produced (a level that is no level)
 * are dropped here; the domain then names what is missing.
 */
record ProfileForm(String action, Optional<Long> assessmentId, Optional<Long> version, Optional<Strand> strand,
        Optional<ProfileKind> kind, String reason, Map<String, Level> levels, boolean finishLater) {
    static final String ACTION = "profile-action";
    static final String START = "start";
    static final String SAVE = "save";
    static final String COMPLETE = "complete";
    static final String LEVEL_PREFIX = "level.";

    /** Whether the posted form is one of the profile forms (the consent form has no action field). */
    static boolean isProfileForm(Map<String, List<String>> form) {
        return form.containsKey(ACTION);
    }

    static ProfileForm from(Map<String, List<String>> form) {
        Map<String, Level> levels = new HashMap<>();
        for (Map.Entry<String, List<String>> field : form.entrySet()) {
            if (field.getKey().startsWith(LEVEL_PREFIX) && !field.getValue().isEmpty()) {
                level(field.getValue().get(0)).ifPresent(l -> levels.put(field.getKey().substring(LEVEL_PREFIX.length()), l));
            }
        }
        return new ProfileForm(first(form, ACTION), number(first(form, "assessment")), number(first(form, "version")),
                strand(first(form, "strand")), kind(first(form, "kind")), first(form, "reason"), levels,
                "later".equals(first(form, "next")));
    }

    static Optional<Strand> strand(String name) {
        for (Strand s : Strand.values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static Optional<Level> level(String name) {
        for (Level l : Level.values()) {
            if (l.name().equals(name)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    private static Optional<ProfileKind> kind(String name) {
        for (ProfileKind k : ProfileKind.values()) {
            if (k.name().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    static Optional<Long> number(String text) {
        try {
            return text.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0).strip();
    }
}

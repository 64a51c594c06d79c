package org.thrivemis.host.reference.internal.web.config;

import java.util.List;
import org.thrivemis.host.reference.internal.web.Chrome;

/** Models of the configuration console's pages. */
public final class ConfigPages {

    private ConfigPages() {
    }

    /**
     * The list of configurations.
     *
     * @param notice a success message after a save or delete (empty: none)
     * @param unavailable why there is nothing to list (empty when the services are there)
     */
    public record ListPage(Chrome chrome, List<Entry> entries, String notice, String unavailable) {
        public ListPage {
            entries = List.copyOf(entries);
        }
    }

    /** One described configuration with its stored instances (factories) or state (single). */
    public record Entry(String name, String description, String bundle, String pid, boolean factory, boolean configured,
            String href, List<Instance> instances) {
        public Entry {
            instances = List.copyOf(instances);
        }
    }

    /** A stored instance of a factory configuration. */
    public record Instance(String pid, String href) {
    }

    /**
     * The form of one configuration.
     *
     * @param pid the configuration's PID (empty for a new factory instance)
     * @param factoryPid the factory PID (empty for a single configuration)
     * @param instanceName for a new factory instance: the name typed so far
     */
    public record EditPage(Chrome chrome, String heading, String description, String pid, String factoryPid,
            boolean isNew, String instanceName, String instanceNameError, List<Field> fields, List<ConfigForm.Problem> problems,
            String csrfToken, boolean deletable) {
        public EditPage {
            fields = List.copyOf(fields);
            problems = List.copyOf(problems);
        }

        public boolean hasProblems() {
            return !problems.isEmpty() || !instanceNameError.isEmpty();
        }
    }

    /** One setting on the form: its spec, what to show, and its problem (empty: none). */
    public record Field(FieldSpec spec, String value, boolean secretSet, String error) {
        public boolean checked() {
            return "true".equals(value);
        }

        public boolean selected(String option) {
            return option.equals(value);
        }

        public String describedBy() {
            String hint = spec.description().isEmpty() ? "" : spec.htmlId() + "-hint";
            String err = error.isEmpty() ? "" : spec.htmlId() + "-error";
            return (hint + " " + err).strip();
        }

        public String groupClass() {
            return error.isEmpty() ? "govuk-form-group" : "govuk-form-group govuk-form-group--error";
        }
    }
}

package org.thrivemis.host.reference.internal.web;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * The product's Declarative Services components that are configured but not working: waiting for
 * a service that is not there (e.g. a database driver that is not installed) or failed to
 * activate. An ACTIVE bundle can hide these, so health reports them too.
 */
public final class ComponentProblems {

    /**
     * One component configuration that is not working.
     *
     * @param component the component's name
     * @param bundle the symbolic name of its bundle
     * @param state UNSATISFIED_REFERENCE or FAILED_ACTIVATION
     * @param waitingFor the references it is waiting for (name and target filter)
     * @param failure why activation failed, if it did
     */
    public record Problem(String component, String bundle, String state, List<String> waitingFor, String failure) {
    }

    private ComponentProblems() {
    }

    /** The problems of the components of our bundles, by component name. */
    public static List<Problem> ours(ServiceComponentRuntime scr) {
        Collection<ComponentDescriptionDTO> descriptions = scr.getComponentDescriptionDTOs();
        return descriptions.stream()
                .filter(d -> d.bundle.symbolicName != null && d.bundle.symbolicName.startsWith(InstalledBundles.PREFIX))
                .flatMap(d -> scr.getComponentConfigurationDTOs(d).stream().map(c -> problem(d, c)))
                .filter(p -> p != null)
                .sorted(Comparator.comparing(Problem::component))
                .toList();
    }

    private static Problem problem(ComponentDescriptionDTO description, ComponentConfigurationDTO configuration) {
        String state = switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED_REFERENCE";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED_ACTIVATION";
            default -> null;
        };
        if (state == null) {
            return null;
        }
        List<String> waiting = configuration.unsatisfiedReferences == null ? List.of()
                : Arrays.stream(configuration.unsatisfiedReferences).map(ComponentProblems::describe).toList();
        String failure = configuration.failure == null ? "" : configuration.failure.lines().findFirst().orElse("");
        return new Problem(description.name, description.bundle.symbolicName, state, waiting, failure);
    }

    private static String describe(UnsatisfiedReferenceDTO reference) {
        return reference.target == null ? reference.name : reference.name + " " + reference.target;
    }
}

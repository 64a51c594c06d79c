package org.thrivemis.host.reference.internal.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleRevision;

/** The product's bundles ({@code org.thrivemis.*}) installed in the framework, with their state. */
public final class InstalledBundles {

    /** Symbolic-name prefix of the product's bundles. */
    public static final String PREFIX = "org.thrivemis.";

    /**
     * One bundle.
     *
     * @param symbolicName its symbolic name
     * @param version its version
     * @param state INSTALLED, RESOLVED, STARTING, STOPPING, ACTIVE or UNINSTALLED
     * @param fragment whether it is a fragment (fragments never become ACTIVE)
     */
    public record Row(String symbolicName, String version, String state, @JsonIgnore boolean fragment) {

        /** ACTIVE, or RESOLVED for a fragment. */
        @JsonIgnore
        public boolean healthy() {
            return "ACTIVE".equals(state) || (fragment && "RESOLVED".equals(state));
        }
    }

    private InstalledBundles() {
    }

    /** The product's bundles among these, by symbolic name. */
    public static List<Row> ours(Collection<Bundle> bundles) {
        return bundles.stream()
                .filter(b -> b.getSymbolicName() != null && b.getSymbolicName().startsWith(PREFIX))
                .map(b -> new Row(b.getSymbolicName(), b.getVersion().toString(), state(b.getState()), isFragment(b)))
                .sorted(Comparator.comparing(Row::symbolicName).thenComparing(Row::version))
                .toList();
    }

    private static boolean isFragment(Bundle bundle) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        return revision != null && (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
    }

    static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNKNOWN";
        };
    }
}

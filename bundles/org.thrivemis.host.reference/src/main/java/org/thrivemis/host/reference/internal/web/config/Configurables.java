package org.thrivemis.host.reference.internal.web.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/** Every configuration that a bundle describes with metatype, so the console can offer a form for it. */
final class Configurables {

    private Configurables() {
    }

    /** A described configuration: a single PID, or a factory PID whose instances are made here. */
    record Configurable(String pid, boolean factory, String name, String description, String bundle,
            ObjectClassDefinition ocd) {

        List<FieldSpec> fields() {
            List<FieldSpec> fields = new ArrayList<>();
            var ads = ocd.getAttributeDefinitions(ObjectClassDefinition.ALL);
            if (ads != null) {
                for (var ad : ads) {
                    fields.add(FieldSpec.of(ad));
                }
            }
            return fields;
        }
    }

    static List<Configurable> all(BundleContext context, MetaTypeService metaTypes) {
        List<Configurable> all = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation info;
            try {
                info = metaTypes.getMetaTypeInformation(bundle);
            } catch (IllegalArgumentException | IllegalStateException e) {
                continue; // uninstalled while we looked
            }
            if (info == null) {
                continue;
            }
            String bundleName = Optional.ofNullable(bundle.getHeaders().get("Bundle-Name")).orElse(bundle.getSymbolicName());
            for (String pid : info.getPids()) {
                add(all, info, pid, false, bundleName);
            }
            for (String pid : info.getFactoryPids()) {
                add(all, info, pid, true, bundleName);
            }
        }
        all.sort(Comparator.comparing(Configurable::bundle).thenComparing(Configurable::name));
        return all;
    }

    static Optional<Configurable> find(BundleContext context, MetaTypeService metaTypes, String pid, boolean factory) {
        return all(context, metaTypes).stream().filter(c -> c.pid().equals(pid) && c.factory() == factory).findFirst();
    }

    private static void add(List<Configurable> all, MetaTypeInformation info, String pid, boolean factory, String bundle) {
        try {
            ObjectClassDefinition ocd = info.getObjectClassDefinition(pid, null);
            if (ocd != null) {
                all.add(new Configurable(pid, factory, Optional.ofNullable(ocd.getName()).orElse(pid),
                        Optional.ofNullable(ocd.getDescription()).orElse(""), bundle, ocd));
            }
        } catch (IllegalArgumentException e) {
            // a PID declared without a definition: nothing to show a form for
        }
    }
}

package org.thrivemis.it.jsonformat;

import java.util.Hashtable;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.thrivemis.api.imports.ThriveOnlineImportFormat;

/** Registers the test's JSON lines format, as a third party's bundle would (no DS needed). */
public final class JsonFormatActivator implements BundleActivator {

    @Override
    public void start(BundleContext context) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(ThriveOnlineImportFormat.FORMAT_ID, JsonLinesFormat.ID);
        properties.put(ThriveOnlineImportFormat.FORMAT_LABEL, "JSON lines (test format)");
        context.registerService(ThriveOnlineImportFormat.class, new JsonLinesFormat(), properties);
    }

    @Override
    public void stop(BundleContext context) {
        // the framework unregisters the service
    }
}

package org.thrivemis.web.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    @Test
    void findsItsTemplatesWhateverTheCallersContextClassLoader() throws Exception {
        // In OSGi the thread building the engine (SCR's, Jetty's) carries a loader that cannot
        // see the bundle's generated template classes: an empty one stands in for it here.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(blind);
            Templates templates = new Templates();
            thread.setContextClassLoader(blind);
            assertEquals("<p class=\"govuk-body\">You do not have access to this pupil's Thrive information.</p>",
                    templates.render("consent/denied.jte"));
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

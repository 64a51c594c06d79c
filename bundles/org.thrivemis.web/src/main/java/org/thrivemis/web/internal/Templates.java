package org.thrivemis.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * Renders the bundle's jte templates, precompiled at build time from {@code src/main/jte} with
 * HTML escaping for every {@code ${...}}. Templates are looked up by path, e.g. {@code consent/tab.jte}.
 */
public final class Templates {

    /** The package the jte-maven-plugin generates template classes into (see pom.xml). */
    static final String PACKAGE = "org.thrivemis.web.internal.jte";

    private final TemplateEngine engine = createEngine();

    /** A template without parameters, as an HTML fragment. */
    public String render(String template) {
        StringOutput out = new StringOutput();
        engine.render(template, Map.of(), out);
        return out.toString().strip();
    }

    /** The template rendered with its single parameter, as an HTML fragment. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString().strip();
    }

    /**
     * jte 3.1.16 ignores the class loader passed to createPrecompiled when the class directory is
     * null: it keeps the thread's context class loader of the moment instead. In OSGi that is
     * whatever the calling thread carries (SCR's, Jetty's), which cannot see our generated
     * classes, so the bundle's own loader is set as context loader while the engine is built.
     */
    private static TemplateEngine createEngine() {
        ClassLoader bundleLoader = Templates.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(bundleLoader);
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, bundleLoader, PACKAGE);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}

package org.thrivemis.host.reference.internal.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the host's jte templates. They are compiled at build time into
 * {@value #PACKAGE} inside this bundle and loaded from this bundle's class loader, so no template
 * compiler runs in the framework and every {@code ${…}} is HTML-escaped.
 */
public final class Templates {

    /** Where the jte Maven plugin puts the compiled templates (its {@code packageName}). */
    static final String PACKAGE = "org.thrivemis.host.reference.internal.jte";

    private final TemplateEngine engine = precompiledEngine();

    /**
     * jte 3.1.16 ignores the class loader passed to {@code createPrecompiled} when the class
     * directory is null and keeps the thread's context class loader instead; in OSGi that is the
     * framework launcher's, which cannot see this bundle. So the engine is created with this
     * bundle's class loader as the context class loader.
     */
    private static TemplateEngine precompiledEngine() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader bundle = Templates.class.getClassLoader();
        thread.setContextClassLoader(bundle);
        try {
            return TemplateEngine.createPrecompiled(null, ContentType.Html, bundle, PACKAGE);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The template (e.g. {@code "pupils/list.jte"}) rendered with its one parameter. */
    public String render(String template, Object model) {
        StringOutput output = new StringOutput();
        engine.render(template, model, output);
        return output.toString();
    }
}

package org.thrivemis.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the bundle's jte templates, precompiled at build time from {@code src/main/jte} with
 * HTML escaping for every {@code ${...}}. Templates are looked up by path, e.g. {@code consent/tab.jte}.
 */
public final class Templates {

    /** The package the jte-maven-plugin generates template classes into (see pom.xml). */
    static final String PACKAGE = "org.thrivemis.web.internal.jte";

    // The bundle's own class loader: the generated classes and the embedded jte runtime live there.
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(
            null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

    /** The template rendered with its single parameter, as an HTML fragment. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, model, out);
        return out.toString().strip();
    }
}

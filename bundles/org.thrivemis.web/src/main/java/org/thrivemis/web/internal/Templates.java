package org.thrivemis.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Renders the bundle's jte templates, precompiled at build time from {@code src/main/jte} with
 * HTML escaping for every {@code ${...}}. Templates are looked up by path, e.g. {@code consent/tab.jte}.
 */
public final class Templates {

    /** The package the jte-maven-plugin generates template classes into (see pom.xml). */
    static final String PACKAGE = "org.thrivemis.web.internal.jte";

    /**
     * The first capacity of a rendering's buffer. jte's default is 8,192 characters, but most
     * renderings are class-view cells of a few hundred (a class page renders 150 of them): at 8K each
     * they were two thirds of everything a page with our columns allocated. Whole pages grow the
     * buffer by doubling, a handful of copies.
     */
    static final int FIRST_CAPACITY = 512;

    private final TemplateEngine engine = createEngine();

    /** A template without parameters, as an HTML fragment. */
    public String render(String template) {
        StringOutput out = new StringOutput(FIRST_CAPACITY);
        engine.render(template, Map.of(), out);
        return out.toString().strip();
    }

    /** The template rendered with its single parameter, as an HTML fragment. */
    public String render(String template, Object model) {
        StringOutput out = new StringOutput(FIRST_CAPACITY);
        engine.render(template, model, out);
        return out.toString().strip();
    }

    /** Sends a whole page: the template rendered with its parameter, as UTF-8 HTML with this status. */
    public void respond(HttpServletResponse response, int status, String template, Object model) throws IOException {
        sendHtml(response, status, render(template, model));
    }

    /** Sends HTML as UTF-8 with this status and its length. */
    public static void sendHtml(HttpServletResponse response, int status, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType("text/html; charset=utf-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
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

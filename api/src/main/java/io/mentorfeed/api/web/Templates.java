package io.mentorfeed.api.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The page's HTML templates (Pebble, in {@code io/mentorfeed/api/web/}): every value is HTML-escaped unless a
 * template marks it {@code raw}, which only {@link SafeHtml}'s output is. Unknown variables fail the render
 * instead of printing nothing, so a misspelt name shows in tests.
 */
public final class Templates {
    private static final String PREFIX = "io/mentorfeed/api/web";

    private final PebbleEngine engine = new PebbleEngine.Builder().loader(loader()).strictVariables(true)
            .autoEscaping(true).defaultEscapingStrategy("html").newLineTrimming(true).cacheActive(true).build();
    private final Map<String, PebbleTemplate> compiled = new ConcurrentHashMap<>();

    /** Templates name each other as the page does ("layout"), without folder or suffix. */
    private static ClasspathLoader loader() {
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix(PREFIX);
        loader.setSuffix(".peb");
        return loader;
    }

    public String render(String name, Map<String, Object> model) {
        PebbleTemplate template = compiled.computeIfAbsent(name, n -> engine.getTemplate(n));
        StringWriter out = new StringWriter(16 * 1024);
        try {
            template.evaluate(out, model, Locale.ENGLISH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

package io.github.pekoe.internal.config;

import io.github.pekoe.internal.scan.ScriptTag;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/** Where the page's config comes from: inline text or a URL, and how to name it. */
public final class ConfigSource {
    private final String text;
    private final String url;
    private final String origin;

    private ConfigSource(String text, String url, String origin) {
        this.text = text;
        this.url = url;
        this.origin = origin;
    }

    /**
     * Finds the page's one config source: a {@code <java-config>} element (inline or {@code src}) or
     * the {@code config} attribute of the Java script elements (the same value on several is one).
     *
     * @return the source, or null when the page has no config
     * @throws ConfigException if there are two sources or the URL names no file the bundle reads
     */
    public static ConfigSource locate(HTMLDocument document, List<ScriptTag> scripts) {
        List<ConfigSource> found = new ArrayList<>();
        NodeList<? extends Element> elements = document.querySelectorAll("java-config");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = elements.get(i);
            element.setAttribute("hidden", "");
            String src = element.getAttribute("src");
            found.add(src != null ? new ConfigSource(null, src, "<java-config src=\"" + src + "\">")
                    : new ConfigSource(element.getTextContent(), null, "<java-config>"));
        }
        String attribute = null;
        for (ScriptTag script : scripts) {
            String value = script.element().getAttribute("config");
            if (value != null && !value.equals(attribute)) {
                attribute = value;
                String origin = "config=\"" + value + "\" on " + script.describe();
                found.add(ConfigFormat.isInline(value) ? new ConfigSource(value, null, origin)
                        : new ConfigSource(null, value, origin));
            }
        }
        if (found.size() > 1) {
            StringBuilder names = new StringBuilder();
            for (ConfigSource source : found) {
                names.append(names.length() == 0 ? "" : ", ").append(source.origin);
            }
            throw new ConfigException("a page takes one config, but this one has " + found.size() + ": "
                    + names + "; keep one");
        }
        if (found.isEmpty()) {
            return null;
        }
        ConfigSource source = found.get(0);
        if (source.url != null) {
            ConfigFormat.checkUrl(source.url, source.origin);
        }
        return source;
    }

    /** The URL to load, trimmed, or null for inline text. */
    public String url() {
        return url == null ? null : url.trim();
    }

    /** The inline text, or null for a URL. */
    String text() {
        return text;
    }

    /** The source as a page author would name it, for messages. */
    public String origin() {
        return origin;
    }
}

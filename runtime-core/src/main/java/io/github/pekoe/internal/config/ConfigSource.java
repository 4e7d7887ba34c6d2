package io.github.pekoe.internal.config;

import io.github.pekoe.internal.scan.ScriptTag;
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
    public static ConfigSource locate(HTMLDocument document, ScriptTag[] scripts) {
        ConfigSource source = null;
        int count = 0;
        StringBuilder names = new StringBuilder();
        NodeList<? extends Element> elements = document.querySelectorAll("java-config");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = elements.get(i);
            element.setAttribute("hidden", "");
            String src = element.getAttribute("src");
            ConfigSource found = src != null ? new ConfigSource(null, src, "<java-config src=\"" + src + "\">")
                    : new ConfigSource(element.getTextContent(), null, "<java-config>");
            source = source == null ? found : source;
            names.append(count++ == 0 ? "" : ", ").append(found.origin);
        }
        String attribute = null;
        for (ScriptTag script : scripts) {
            String value = script.element().getAttribute("config");
            if (value != null && !value.equals(attribute)) {
                attribute = value;
                String origin = "config=\"" + value + "\" on " + script.describe();
                ConfigSource found = ConfigFormat.isInline(value) ? new ConfigSource(value, null, origin)
                        : new ConfigSource(null, value, origin);
                source = source == null ? found : source;
                names.append(count++ == 0 ? "" : ", ").append(origin);
            }
        }
        if (count > 1) {
            throw new ConfigException("a page takes one config, but this one has " + count + ": "
                    + names + "; keep one");
        }
        if (source == null) {
            return null;
        }
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

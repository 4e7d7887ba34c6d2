package io.github.pekoe.config;

import io.github.pekoe.bridge.JsonText;
import io.github.pekoe.scan.ScriptTag;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/** Finds, loads and holds the page's one configuration. */
public final class PageConfig {
    private static Map<String, Object> current = Collections.emptyMap();

    private PageConfig() {
    }

    /** Returns the loaded configuration, read-only; empty when the page has none. */
    public static Map<String, Object> current() {
        return current;
    }

    /**
     * Loads the configuration from {@code document}: one {@code <java-config>} element or the
     * {@code config} attribute of the Java script elements (the same value on several is one source).
     *
     * @throws ConfigException if there are two sources, the JSON is invalid or the URL fails
     */
    public static Map<String, Object> load(HTMLDocument document, List<ScriptTag> scripts) {
        List<String> origins = new ArrayList<>();
        Element configElement = null;
        String attributeValue = null;
        NodeList<? extends Element> configElements = document.querySelectorAll("java-config");
        for (int i = 0; i < configElements.getLength(); i++) {
            Element element = configElements.get(i);
            element.setAttribute("hidden", "");
            configElement = element;
            origins.add("<java-config>");
        }
        for (ScriptTag script : scripts) {
            String value = script.element().getAttribute("config");
            if (value != null && !value.equals(attributeValue)) {
                attributeValue = value;
                origins.add("config=\"" + value + "\" on " + script.describe());
            }
        }
        if (origins.size() > 1) {
            throw new ConfigException("a page takes one config, but this one has " + origins.size() + ": "
                    + String.join(", ", origins) + "; keep one");
        }
        Map<String, Object> config = Collections.emptyMap();
        if (configElement != null) {
            config = fromElement(configElement);
        } else if (attributeValue != null) {
            config = fromValue(attributeValue, origins.get(0));
        }
        current = config;
        return config;
    }

    private static Map<String, Object> fromElement(Element element) {
        String src = element.getAttribute("src");
        if (src != null) {
            return fromUrl(src, "<java-config src=\"" + src + "\">");
        }
        return parse(element.getTextContent(), "<java-config>");
    }

    private static Map<String, Object> fromValue(String value, String origin) {
        return ConfigText.isInline(value) ? parse(value, origin) : fromUrl(value, origin);
    }

    private static Map<String, Object> fromUrl(String url, String origin) {
        ConfigText.checkUrl(url, origin);
        return parse(UrlText.get(url.trim(), origin), "'" + url.trim() + "'");
    }

    private static Map<String, Object> parse(String text, String origin) {
        Object parsed;
        try {
            parsed = JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid config in " + origin + ": " + e.getMessage());
        }
        return ConfigText.check(parsed, origin);
    }
}

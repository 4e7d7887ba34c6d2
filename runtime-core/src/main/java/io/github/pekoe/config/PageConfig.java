package io.github.pekoe.config;

import io.github.pekoe.bridge.JsonText;
import io.github.pekoe.scan.ScriptTag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.teavm.jso.dom.html.HTMLDocument;

/** Finds, loads and holds the page's one configuration. */
public final class PageConfig {
    private static Map<String, Object> current = ConfigText.check(new LinkedHashMap<>(), "an empty page");

    private PageConfig() {
    }

    /** Returns the loaded configuration, read-only; empty when the page has none. */
    public static Map<String, Object> current() {
        return current;
    }

    /**
     * Loads the configuration of {@code document}, blocking while a config URL loads.
     *
     * @throws ConfigException if there are two sources, the JSON is invalid or the URL fails
     */
    public static Map<String, Object> load(HTMLDocument document, List<ScriptTag> scripts) {
        ConfigSource source = ConfigSource.locate(document, scripts);
        if (source != null) {
            String url = source.url();
            String text = url == null ? source.text() : UrlText.get(url, source.origin());
            current = parse(text, url == null ? source.origin() : "'" + url + "'");
        }
        return current;
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

package io.github.pekoe.internal.config;

import java.util.LinkedHashMap;
import java.util.Map;

/** Holds the page's one configuration, once read from its {@link ConfigSource}. */
public final class PageConfig {
    private static Map<String, Object> current = ConfigText.check(new LinkedHashMap<>(), "an empty page");

    private PageConfig() {
    }

    /** Returns the loaded configuration, read-only; empty when the page has none. */
    public static Map<String, Object> current() {
        return current;
    }

    /**
     * Makes the config of {@code source} current; {@code loadedText} is the body of its URL, or null
     * for inline text.
     *
     * @throws ConfigException if the text is invalid or not an object
     */
    public static Map<String, Object> use(ConfigSource source, String loadedText) {
        String url = source.url();
        String text = url == null ? source.text() : loadedText;
        String origin = url == null ? source.origin() : "'" + url + "'";
        Object parsed;
        try {
            parsed = ConfigFormat.parse(source, text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("invalid config in " + origin + ": " + e.getMessage());
        }
        current = ConfigText.check(parsed, origin);
        return current;
    }

    /**
     * Makes an already parsed config current: a worker's, sent by the page.
     *
     * @throws ConfigException if it is not an object
     */
    public static Map<String, Object> useParsed(Object parsed, String origin) {
        current = ConfigText.check(parsed, origin);
        return current;
    }
}

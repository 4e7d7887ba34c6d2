package io.github.pekoe.internal.config;

import io.github.pekoe.internal.js.JsonText;

/**
 * How a bundle reads its page's config: JSON only, unless its page entry asks for TOML too
 * ({@link #readToml}). The TOML rules and reader sit in {@link TomlFormat}, reachable only from
 * there, so JSON-only bundles carry none of them.
 */
public class ConfigFormat {
    private static ConfigFormat current;

    ConfigFormat() {
    }

    /** The bundle's format: JSON only until {@link #readToml} is called. */
    static ConfigFormat current() {
        if (current == null) {
            current = new ConfigFormat();
        }
        return current;
    }

    /** Lets the page's config be JSON or TOML, as PyScript reads it. */
    public static void readToml() {
        current = new TomlFormat();
    }

    /** Whether a {@code config} attribute holds the config itself rather than a URL. */
    boolean isInline(String value) {
        return ConfigText.isInline(value);
    }

    /**
     * Checks a config URL before it is loaded.
     *
     * @throws ConfigException if this format cannot read what it names
     */
    void checkUrl(String url, String origin) {
        ConfigText.checkUrl(url, origin);
    }

    /**
     * Parses the config {@code text} of {@code source}.
     *
     * @throws IllegalArgumentException if the text is not valid
     * @throws ConfigException if the source's type is wrong
     */
    Object parse(ConfigSource source, String text) {
        try {
            return JsonText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + ConfigText.JSON_ONLY);
        }
    }
}

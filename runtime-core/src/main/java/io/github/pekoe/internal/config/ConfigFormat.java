package io.github.pekoe.internal.config;

import io.github.pekoe.internal.js.JsonText;

/**
 * How a bundle reads its page's config: JSON only, unless its page entry asks for TOML too
 * ({@link #readToml}). The TOML rules and reader sit in {@link TomlFormat}, made only there, so
 * JSON-only bundles carry none of them (TeaVM keeps an interface call's targets only when an
 * instance reaches it).
 */
public final class ConfigFormat {
    private static Toml toml;

    private ConfigFormat() {
    }

    /** What a bundle that also reads TOML does in place of the JSON rules. */
    interface Toml {
        /** Whether a {@code config} attribute holds the config itself rather than a URL. */
        boolean isInline(String value);

        /** Checks a config URL before it is loaded. */
        void checkUrl(String url, String origin);

        /** Parses the config {@code text} of {@code source}. */
        Object parse(ConfigSource source, String text);
    }

    /** Lets the page's config be JSON or TOML, as PyScript reads it. */
    public static void readToml() {
        toml = new TomlFormat();
    }

    /** Whether a {@code config} attribute holds the config itself rather than a URL. */
    static boolean isInline(String value) {
        return toml != null ? toml.isInline(value) : ConfigText.isInline(value);
    }

    /**
     * Checks a config URL before it is loaded.
     *
     * @throws ConfigException if this bundle cannot read what it names
     */
    static void checkUrl(String url, String origin) {
        if (toml != null) {
            toml.checkUrl(url, origin);
        } else {
            ConfigText.checkUrl(url, origin);
        }
    }

    /**
     * Parses the config {@code text} of {@code source}.
     *
     * @throws IllegalArgumentException if the text is not valid
     * @throws ConfigException if the source's type is wrong
     */
    static Object parse(ConfigSource source, String text) {
        return toml != null ? toml.parse(source, text) : JsonText.parse(text);
    }
}

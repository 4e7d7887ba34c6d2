package io.github.pekoe.internal.config;

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

        /** Makes the config {@code text} of {@code source}, named {@code origin}, current; see {@link ConfigFormat#use}. */
        boolean use(ConfigSource source, String text, String origin);
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
     * Makes the config {@code text} of {@code source}, named {@code origin} in messages, current;
     * returns whether it lets Pekoe show error banners.
     *
     * @throws ConfigException if the text is invalid, not an object, or not of the source's type
     */
    static boolean use(ConfigSource source, String text, String origin) {
        return toml != null ? toml.use(source, text, origin) : PageConfig.useJson(text, origin);
    }
}

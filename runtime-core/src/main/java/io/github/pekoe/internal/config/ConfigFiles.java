package io.github.pekoe.internal.config;

/**
 * What the config asks to load before any script runs: its {@code files}, fetched by the loader a
 * bundle enables ({@code @FilesConfig}, or a bundle built from {@code Bootstrap}), and its
 * {@code js_modules}, imported by a loader chained after it in bundles whose Java asks for them.
 * Bundles that enable no loader carry only the check that the config lists no files (TeaVM keeps an
 * interface call's targets only when an instance reaches it).
 */
public final class ConfigFiles {
    private static Loader loader;
    private static String configUrl;

    private ConfigFiles() {
    }

    /** Loads what the current config lists (its {@code files}, its {@code js_modules}) where Java reads it. */
    public interface Loader {
        /**
         * Does nothing when the config lists nothing for it; else fetches every listed URL and writes it (or unpacks it) at its destination; relative URLs
         * resolve against {@code configUrl}, the config file's URL as the page wrote it, or against
         * the page when that is null.
         *
         * @throws ConfigException naming the entry and the problem when one cannot be fetched or written
         */
        void load(String configUrl);
    }

    /** Lets the page's config list {@code files}, loaded by {@code loader}. */
    public static void enable(Loader loader) {
        ConfigFiles.loader = loader;
    }

    /** The loader enabled so far, or null: a loader enabled later runs it first. */
    public static Loader loader() {
        return loader;
    }

    /**
     * Fetches the current config's {@code files}, if it lists any, blocking the calling Java thread;
     * {@code configUrl} is the URL the config came from, null for inline config.
     *
     * @throws ConfigException if one fails, or if this bundle cannot load files
     */
    public static void load(String configUrl) {
        ConfigFiles.configUrl = configUrl;
        if (loader != null) {
            loader.load(configUrl);
        } else if (PageConfig.listsFiles()) {
            throw new ConfigException("files need @FilesConfig");
        }
    }

    /** The URL of the config that was loaded, for a worker to resolve its files alike; null when none. */
    public static String configUrl() {
        return configUrl;
    }
}

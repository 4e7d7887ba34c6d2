package io.github.pekoe.internal.config;

/**
 * The config's {@code files}: fetched before any script runs by the loader a bundle enables
 * ({@code @FilesConfig}, or a bundle built from {@code Bootstrap}). Bundles that never enable it
 * carry only the check that the config lists none (TeaVM keeps an interface call's targets only when
 * an instance reaches it).
 */
public final class ConfigFiles {
    private static Loader loader;
    private static String configUrl;

    private ConfigFiles() {
    }

    /** Fetches the current config's {@code files} and writes them where Java reads files. */
    public interface Loader {
        /**
         * Fetches every listed URL and writes it (or unpacks it) at its destination; relative URLs
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

    /**
     * Fetches the current config's {@code files}, if it lists any, blocking the calling Java thread;
     * {@code configUrl} is the URL the config came from, null for inline config.
     *
     * @throws ConfigException if one fails, or if this bundle cannot load files
     */
    public static void load(String configUrl) {
        if (PageConfig.listsFiles()) {
            if (loader == null) {
                throw new ConfigException("files need @FilesConfig");
            }
            ConfigFiles.configUrl = configUrl;
            loader.load(configUrl);
        }
    }

    /** The URL of the config whose files were loaded, for a worker to resolve them alike; null when none. */
    public static String configUrl() {
        return configUrl;
    }
}

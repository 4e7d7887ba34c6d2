package io.github.pekoe.internal.config;

/**
 * The config's {@code files}: fetched before any script runs by the loader a bundle enables
 * ({@code @FilesConfig}, or a bundle built from {@code Bootstrap}). Bundles that never enable it
 * carry only the check that the config lists none (TeaVM keeps an interface call's targets only when
 * an instance reaches it).
 */
public final class ConfigFiles {
    private static Loader loader;

    private ConfigFiles() {
    }

    /** Fetches the current config's {@code files} and writes them where Java reads files. */
    public interface Loader {
        /**
         * Fetches every listed URL and writes it (or unpacks it) at its destination.
         *
         * @throws ConfigException naming the entry and the problem when one cannot be fetched or written
         */
        void load();
    }

    /** Lets the page's config list {@code files}, loaded by {@code loader}. */
    public static void enable(Loader loader) {
        ConfigFiles.loader = loader;
    }

    /**
     * Fetches the current config's {@code files}, if it lists any, blocking the calling Java thread.
     *
     * @throws ConfigException if one fails, or if this bundle cannot load files
     */
    public static void load() {
        if (!PageConfig.has("files")) {
            return;
        }
        if (loader == null) {
            throw new ConfigException("the config lists files, which need @FilesConfig on the page's package");
        }
        loader.load();
    }
}

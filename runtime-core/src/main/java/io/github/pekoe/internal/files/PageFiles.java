package io.github.pekoe.internal.files;

import io.github.pekoe.fetch.Fetch;
import io.github.pekoe.fetch.FetchResponse;
import io.github.pekoe.internal.config.ConfigException;
import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.PageConfig;
import io.github.pekoe.internal.js.PageUrls;
import java.util.Map;

/**
 * Loads the config's {@code files}: starts every fetch at once, then writes each file (or unpacks
 * each archive, in bundles that enable {@link Archives}) in the config's order. Relative URLs resolve against the config file's URL when the
 * config came from one, else against the page's, as in PyScript.
 */
public final class PageFiles implements ConfigFiles.Loader {
    private static Unpacker unpacker;

    /** Unpacks an archive the config's files list into its directory. */
    public interface Unpacker {
        /**
         * Unpacks {@code archive}, of the kind {@code target} names, into {@code target}'s directory.
         *
         * @throws RuntimeException whose message says why it cannot
         */
        void unpack(FileTarget target, byte[] archive);
    }

    /**
     * Lets the config's files list archives, unpacked by {@code unpacker}; without it an archive is a
     * banner naming the fix, and the bundle carries no archive readers.
     */
    public static void unpackWith(Unpacker unpacker) {
        PageFiles.unpacker = unpacker;
    }

    @Override
    public void load(String configUrl) {
        if (!PageConfig.listsFiles()) {
            return;
        }
        Object files = PageConfig.current().get("files");
        if (!(files instanceof Map)) {
            throw new ConfigException("files in the config must be a table of URL: destination, not "
                    + (files == null ? "null" : files instanceof String ? "a string" : "a list or a value"));
        }
        FileTarget[] targets;
        try {
            targets = FileTargets.expand((Map<?, ?>) files);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage());
        }
        String base = configUrl == null ? null : PageUrls.absolute(configUrl);
        Fetch[] fetches = new Fetch[targets.length];
        for (int i = 0; i < targets.length; i++) {
            fetches[i] = start(targets[i], base);
        }
        for (int i = 0; i < targets.length; i++) {
            FileTarget target = targets[i];
            byte[] bytes = body(target, fetches[i]);
            try {
                if (target.kind() == FileTarget.PLAIN) {
                    VirtualFiles.write(target.path(), bytes);
                } else {
                    unpacker.unpack(target, bytes);
                }
            } catch (RuntimeException e) {
                throw failed(target, e.getMessage());
            }
        }
    }

    private static Fetch start(FileTarget target, String base) {
        if (target.kind() != FileTarget.PLAIN && unpacker == null) {
            throw failed(target, "unpacking needs @FilesConfig(archives = true) on the page's package");
        }
        String url = base == null ? PageUrls.absolute(target.url()) : PageUrls.absolute(target.url(), base);
        if (url == null) {
            throw failed(target, "not a URL");
        }
        try {
            return Fetch.start(url, null);
        } catch (RuntimeException e) {
            throw failed(target, e.getMessage());
        }
    }

    private static byte[] body(FileTarget target, Fetch fetch) {
        FetchResponse response;
        try {
            response = fetch.response();
        } catch (RuntimeException e) {
            throw failed(target, e.getMessage());
        }
        if (!response.isOk()) {
            throw failed(target, "HTTP " + response.status() + " " + response.statusText());
        }
        return response.bytes();
    }

    private static ConfigException failed(FileTarget target, String problem) {
        String key = target.key().equals(target.url()) ? "'" + target.url() + "'"
                : "'" + target.url() + "' (" + target.key() + ")";
        return new ConfigException("could not load " + key + " named in the config's files: " + problem);
    }
}

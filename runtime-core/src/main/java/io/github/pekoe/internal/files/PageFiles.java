package io.github.pekoe.internal.files;

import io.github.pekoe.fetch.Fetch;
import io.github.pekoe.fetch.FetchResponse;
import io.github.pekoe.internal.config.ConfigException;
import io.github.pekoe.internal.config.ConfigFiles;
import io.github.pekoe.internal.config.PageConfig;
import io.github.pekoe.internal.js.PageUrls;
import java.io.File;
import java.util.Map;

/**
 * Loads the config's {@code files}: starts every fetch at once, then writes each file (or unpacks
 * each archive) in the config's order. Relative URLs resolve against the config file's URL when the
 * config came from one, else against the page's, as in PyScript.
 */
public final class PageFiles implements ConfigFiles.Loader {
    @Override
    public void load() {
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
        String configUrl = PageConfig.url();
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
                    unpack(target, bytes);
                }
            } catch (RuntimeException e) {
                throw failed(target, e.getMessage());
            }
        }
    }

    private static Fetch start(FileTarget target, String base) {
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

    private static void unpack(FileTarget target, byte[] archive) {
        byte[] bytes = target.kind() == FileTarget.TAR_GZ ? Inflate.run(archive, "gzip") : archive;
        ArchiveEntry[] entries = target.kind() == FileTarget.ZIP ? ZipEntries.read(bytes) : TarEntries.read(bytes);
        VirtualFiles.directory(new File(target.path()));
        for (ArchiveEntry entry : entries) {
            String path = FileTargets.absolute(target.path() + entry.name());
            if (entry.isDirectory()) {
                VirtualFiles.directory(new File(path));
            } else {
                byte[] data = entry.bytes(bytes);
                VirtualFiles.write(path, entry.isDeflated() ? Inflate.run(data, "deflate-raw") : data);
            }
        }
    }

    private static ConfigException failed(FileTarget target, String problem) {
        String key = target.key().equals(target.url()) ? "'" + target.url() + "'"
                : "'" + target.url() + "' (" + target.key() + ")";
        return new ConfigException("could not load " + key + " named in the config's files: " + problem);
    }
}

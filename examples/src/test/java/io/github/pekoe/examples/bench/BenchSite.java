package io.github.pekoe.examples.bench;

import io.github.pekoe.examples.server.StaticSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loopback server of the benchmark: the built benchmark pages at {@code /}, the npm folder with
 * PyScript at {@code /npm/} and its {@link PyScriptConfig} (when it exists), the fetch page's
 * {@link PingApi} at {@code /api/}, all
 * with gzip and Pekoe's headers, and a count of the body bytes sent since the last {@link #resetBytes}.
 */
final class BenchSite implements AutoCloseable {

    private final StaticSite site;
    private final AtomicLong bytes;

    private BenchSite(StaticSite site, AtomicLong bytes) {
        this.site = site;
        this.bytes = bytes;
    }

    /** Starts the site on 127.0.0.1 and a free port over {@code benchDir} and, if not null, {@code npmDir}. */
    static BenchSite start(Path benchDir, Path npmDir) throws IOException {
        AtomicLong bytes = new AtomicLong();
        StaticSite site = StaticSite.start("127.0.0.1", 0, Map.of());
        site.handle("/", new CountingFiles(benchDir, bytes));
        site.handle("/api/", new PingApi(bytes));
        if (npmDir != null && Files.isDirectory(npmDir)) {
            site.handle("/npm/", new CountingFiles(npmDir, bytes));
            site.handle(PyScriptConfig.PATH, new PyScriptConfig(site.url(PyScriptConfig.INTERPRETER), bytes));
        }
        return new BenchSite(site, bytes);
    }

    /** The URL of {@code file} on the site. */
    String url(String file) {
        return site.url("/" + file);
    }

    /** Sets the byte count to zero, before a run. */
    void resetBytes() {
        bytes.set(0);
    }

    /** The body bytes sent since the last reset. */
    long bytes() {
        return bytes.get();
    }

    @Override
    public void close() {
        site.close();
    }
}

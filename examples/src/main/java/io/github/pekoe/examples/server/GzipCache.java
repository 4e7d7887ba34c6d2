package io.github.pekoe.examples.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gzip form of each served file, compressed once per version of the file (its modification time
 * and size), so a large script or a WebAssembly module is not compressed again on every request, as a
 * production server would serve it precompressed.
 */
final class GzipCache {

    private record Entry(FileTime modified, long size, byte[] gzip) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();

    /** {@code body}, the current content of {@code file}, gzipped; from the cache when the file has not changed. */
    byte[] of(Path file, byte[] body) throws IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        Entry entry = entries.get(file);
        if (entry != null && entry.modified().equals(modified) && entry.size() == body.length) {
            return entry.gzip();
        }
        byte[] gzip = Gzip.compress(body);
        entries.put(file, new Entry(modified, body.length, gzip));
        return gzip;
    }
}

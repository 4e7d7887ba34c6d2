package io.github.pekoe.examples.server;

import java.util.Locale;
import java.util.Map;

/** Maps a file name to its {@code Content-Type} and says whether that type is worth gzipping. */
final class ContentTypes {

    /** A media type and whether it is text-like (compressible). */
    record Type(String mediaType, boolean compressible) {
    }

    private static final String UTF8 = "; charset=utf-8";
    private static final Type UNKNOWN = new Type("application/octet-stream", false);
    private static final Map<String, Type> BY_EXTENSION = Map.ofEntries(
            Map.entry("html", new Type("text/html" + UTF8, true)),
            Map.entry("htm", new Type("text/html" + UTF8, true)),
            Map.entry("js", new Type("text/javascript" + UTF8, true)),
            Map.entry("mjs", new Type("text/javascript" + UTF8, true)),
            Map.entry("css", new Type("text/css" + UTF8, true)),
            Map.entry("json", new Type("application/json" + UTF8, true)),
            Map.entry("map", new Type("application/json" + UTF8, true)),
            Map.entry("java", new Type("text/plain" + UTF8, true)),
            Map.entry("py", new Type("text/x-python" + UTF8, true)),
            Map.entry("txt", new Type("text/plain" + UTF8, true)),
            Map.entry("csv", new Type("text/csv" + UTF8, true)),
            Map.entry("toml", new Type("application/toml" + UTF8, true)),
            Map.entry("zip", new Type("application/zip", false)),
            Map.entry("gz", new Type("application/gzip", false)),
            Map.entry("svg", new Type("image/svg+xml", true)),
            Map.entry("png", new Type("image/png", false)),
            Map.entry("jpg", new Type("image/jpeg", false)),
            Map.entry("jpeg", new Type("image/jpeg", false)),
            Map.entry("ico", new Type("image/x-icon", false)),
            Map.entry("wasm", new Type("application/wasm", true)));   // compresses to about a third, as servers send it

    private ContentTypes() {
    }

    /** The type of a file, judged by its extension; unknown extensions are binary. */
    static Type of(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return UNKNOWN;
        }
        return BY_EXTENSION.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), UNKNOWN);
    }
}

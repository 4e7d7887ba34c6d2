package io.github.pekoe.internal.error;

import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * A bundle's source map (version 3, as TeaVM writes it with {@code sourceMapsGenerated}): for a place in
 * the bundle, the Java source file and line it was compiled from. Loaded once, by a synchronous
 * request, when a development build first reports an error.
 */
final class SourceMap {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final String[] sources;
    /** Per generated line, triples of (column, source index, source line), columns ascending. */
    private final int[][] lines;

    private SourceMap(String[] sources, int[][] lines) {
        this.sources = sources;
        this.lines = lines;
    }

    /** Reads the source map at {@code url}; null when there is none or it cannot be read. */
    static @Nullable SourceMap load(String url) {
        JSObject json = fetchJson(url);
        if (json == null) {
            return null;
        }
        try {
            return parse(sources(json), mappings(json));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Decodes {@code mappings} (Base64 VLQ segments, lines separated by {@code ;}). */
    static SourceMap parse(String[] sources, String mappings) {
        String[] text = mappings.split(";", -1);
        int[][] lines = new int[text.length][];
        int source = 0;
        int sourceLine = 0;
        int[] values = new int[5];
        for (int l = 0; l < text.length; l++) {
            int column = 0;
            int[] triples = new int[0];
            int count = 0;
            int i = 0;
            String line = text[l];
            while (i < line.length()) {
                int fields = 0;
                while (i < line.length() && line.charAt(i) != ',') {
                    int value = 0;
                    int shift = 0;
                    int digit;
                    do {
                        digit = BASE64.indexOf(line.charAt(i++));
                        value |= (digit & 31) << shift;
                        shift += 5;
                    } while ((digit & 32) != 0);
                    values[fields++] = (value & 1) != 0 ? -(value >>> 1) : value >>> 1;
                }
                i++;
                column += values[0];
                if (fields >= 4) {
                    source += values[1];
                    sourceLine += values[2];
                    if (count * 3 == triples.length) {
                        int[] grown = new int[triples.length * 2 + 6];
                        for (int k = 0; k < triples.length; k++) {
                            grown[k] = triples[k];
                        }
                        triples = grown;
                    }
                    triples[count * 3] = column;
                    triples[count * 3 + 1] = source;
                    triples[count * 3 + 2] = sourceLine;
                    count++;
                }
            }
            int[] exact = new int[count * 3];
            for (int k = 0; k < exact.length; k++) {
                exact[k] = triples[k];
            }
            lines[l] = exact;
        }
        return new SourceMap(sources, lines);
    }

    /**
     * The source file and its line (from 1) for generated {@code line} and {@code column} (both from 0):
     * the last mapping at or before the column on that line, else the line's first; null when the line
     * has none.
     */
    String @Nullable [] find(int line, int column) {
        if (line < 0 || line >= lines.length || lines[line].length == 0) {
            return null;
        }
        int[] triples = lines[line];
        int best = 0;
        for (int k = 0; k < triples.length; k += 3) {
            if (triples[k] <= column) {
                best = k;
            }
        }
        int source = triples[best + 1];
        return source >= 0 && source < sources.length
                ? new String[] {sources[source], String.valueOf(triples[best + 2] + 1)} : null;
    }

    private static String[] sources(JSObject json) {
        int count = sourceCount(json);
        String[] sources = new String[count];
        for (int i = 0; i < count; i++) {
            sources[i] = source(json, i);
        }
        return sources;
    }

    @JSBody(params = "url", script = "try { var x = new XMLHttpRequest(); x.open('GET', url, false); x.send();"
            + " return x.status === 200 ? JSON.parse(x.responseText) : null; } catch (e) { return null; }")
    private static native @Nullable JSObject fetchJson(String url);

    @JSBody(params = "json", script = "return json.sources.length;")
    private static native int sourceCount(JSObject json);

    @JSBody(params = {"json", "i"}, script = "return String(json.sources[i]);")
    private static native String source(JSObject json, int i);

    @JSBody(params = "json", script = "return String(json.mappings);")
    private static native String mappings(JSObject json);
}

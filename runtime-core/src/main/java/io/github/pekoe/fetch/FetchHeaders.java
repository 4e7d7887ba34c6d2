package io.github.pekoe.fetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A response's headers, read-only. Names are case-insensitive, as in HTTP; a header sent several
 * times reads as its values joined by {@code ", "}, as the browser's {@code Headers.get} gives them.
 */
public final class FetchHeaders {
    private final Map<String, String> values;

    private FetchHeaders(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Reads headers in the form {@code XMLHttpRequest.getAllResponseHeaders()} gives them: one
     * {@code name: value} line each, lines ended by CRLF or LF.
     */
    static FetchHeaders parse(String lines) {
        Map<String, String> values = new LinkedHashMap<>();
        int start = 0;
        while (start < lines.length()) {
            int end = lines.indexOf('\n', start);
            if (end < 0) {
                end = lines.length();
            }
            String line = lines.substring(start, end);
            int colon = line.indexOf(':');
            if (colon > 0) {
                String name = lower(line.substring(0, colon).trim());
                String value = line.substring(colon + 1).trim();
                String before = values.get(name);
                values.put(name, before == null ? value : before + ", " + value);
            }
            start = end + 1;
        }
        return new FetchHeaders(values);
    }

    /** The value of the header {@code name} in any letter case, or null when the response has none. */
    public @Nullable String get(String name) {
        return values.get(lower(name));
    }

    /** Tells whether the response has the header {@code name}, in any letter case. */
    public boolean has(String name) {
        return values.containsKey(lower(name));
    }

    /** The header names, in lower case and in the order the browser gave them. */
    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    @Override
    public String toString() {
        return values.toString();
    }

    /** Returns {@code text} with ASCII letters in lower case: HTTP names are ASCII, so no Unicode tables. */
    static String lower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= 'A' && c <= 'Z') {
                chars[i] = (char) (c + ('a' - 'A'));
            }
        }
        return new String(chars);
    }
}

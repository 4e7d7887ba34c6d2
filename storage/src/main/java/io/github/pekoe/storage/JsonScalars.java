package io.github.pekoe.storage;

import java.util.Map;

/**
 * Writes the JSON text of the scalars the stored format holds (strings, booleans, whole numbers and
 * finite doubles) and of flat string maps: the little of JSON writing that storage needs, in plain
 * Java so that the value format is tested on the JVM as it runs in the page.
 */
final class JsonScalars {
    private static final String HEX = "0123456789abcdef";

    private JsonScalars() {
    }

    /** The JSON text of {@code value}: a String, Boolean, Integer, Long or finite Double, which storage checked. */
    static String of(Object value) {
        if (value instanceof String) {
            StringBuilder out = new StringBuilder(((String) value).length() + 2);
            quote(out, (String) value);
            return out.toString();
        }
        return String.valueOf(value);
    }

    /** The JSON object text of {@code map}, in its order. */
    static String object(Map<String, String> map) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> entry : map.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, entry.getKey());
            out.append(':');
            quote(out, entry.getValue());
        }
        return out.append('}').toString();
    }

    /** Appends {@code text} as a JSON string: quotes, backslashes and control characters escaped. */
    static void quote(StringBuilder out, String text) {
        out.append('"');
        int runStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(text, runStart, i);
                out.append('\\');
                switch (c) {
                    case '"':
                    case '\\':
                        out.append(c);
                        break;
                    case '\n':
                        out.append('n');
                        break;
                    case '\r':
                        out.append('r');
                        break;
                    case '\t':
                        out.append('t');
                        break;
                    case '\b':
                        out.append('b');
                        break;
                    case '\f':
                        out.append('f');
                        break;
                    default:
                        out.append("u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
                }
                runStart = i + 1;
            }
        }
        out.append(text, runStart, text.length());
        out.append('"');
    }
}

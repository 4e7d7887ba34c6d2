package io.github.pekoe.internal.toml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The TOML reader on generated documents: a document written from a random value (tables, inline
 * tables, arrays, strings with escapes, integers in every base, floats) reads back as that value,
 * and a document with a bad line is refused naming that line and the problem.
 */
class TomlTextProperties {
    private static final String HEX = "0123456789ABCDEF";
    /** Dates and times, which the reader keeps as the strings they were written as. */
    private static final List<String> DATES = List.of("1979-05-27T07:32:00Z", "1979-05-27", "07:32:00",
            "1979-05-27T00:32:00.999999-07:00");

    @Property(tries = 1500)
    void aWrittenDocumentReadsBackAsItsValue(@ForAll("documents") Map<String, Object> value) {
        String text = document(value);
        assertEquals(value, TomlText.parse(text, Double::parseDouble), () -> "TOML text:\n" + text);
    }

    @Property(tries = 500)
    void aBadLineIsRefusedNamingItsLineAndTheProblem(@ForAll("documents") Map<String, Object> rest,
            @ForAll @IntRange(max = 5) int blankLines, @ForAll("badLines") String[] bad) {
        String text = "# a comment\n".repeat(blankLines) + bad[0] + "\n" + document(rest);
        int line = blankLines + bad[0].split("\n", -1).length;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TomlText.parse(text, Double::parseDouble), () -> "TOML text:\n" + text);
        assertTrue(e.getMessage().startsWith("invalid TOML at line " + line + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(bad[1]), () -> e.getMessage() + " should say " + bad[1]);
    }

    /** Pairs of a bad line (or two) and what the message must say about it. */
    @Provide
    Arbitrary<String[]> badLines() {
        return Arbitraries.of(
                new String[] {"dup = 1\ndup = 2", "'dup' is defined twice"},
                new String[] {"s = \"not closed", "a one-line string cannot hold a line break"},
                new String[] {"s = \"bad \\q escape\"", "invalid escape '\\q'"},
                new String[] {"s = \"\\uD800\"", "is not a Unicode scalar value"},
                new String[] {"n = 99999999999999999999", "does not fit in 64 bits"},
                new String[] {"n = 0123", "has a leading zero"},
                new String[] {"word = tea", "a string needs quotes"},
                new String[] {"v = ", "expected a value"},
                new String[] {"a = [1 2]", "expected ',' or ']' in an array"},
                new String[] {"t = { x = 1", "expected ',' or '}' in an inline table"},
                new String[] {"d = 2024-13-01", "is not a valid date or time"},
                new String[] {"k = 1 2", "expected the end of the line"},
                new String[] {"= 1", "expected a key"});
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<Object> scalars = Arbitraries.oneOf(
                Arbitraries.longs().map(n -> (Object) n),
                Arbitraries.of(true, false),
                Arbitraries.doubles().map(d -> (Object) d),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 1e300, 5e-324),
                strings().map(s -> (Object) s),
                Arbitraries.of(DATES));
        Arbitrary<Object> values = Arbitraries.recursive(() -> scalars, inner -> Arbitraries.oneOf(
                inner.list().ofMaxSize(4).map(list -> (Object) new ArrayList<>(list)),
                tables(inner).map(map -> (Object) map)), 0, 3);
        return tables(values);
    }

    private static Arbitrary<Map<String, Object>> tables(Arbitrary<Object> values) {
        return Arbitraries.maps(keys(), values).ofMaxSize(4).map(LinkedHashMap::new);
    }

    /** Keys that cannot meet the bad lines' keys: bare ones and quoted ones of any text. */
    private static Arbitrary<String> keys() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("abcXYZ019_-").ofMinLength(1).ofMaxLength(6).map(k -> "k" + k),
                strings().map(k -> "q" + k));
    }

    /** Strings of valid Unicode: any BMP character outside the surrogates, and some pairs. */
    private static Arbitrary<String> strings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withCharRange('\u0000', '\uD7FF').ofMaxLength(12),
                Arbitraries.of("\ud83d\ude00", "\"\"\"", "'''", "#", "a\\b", "\r\n", "\t", "\b\f", "\u007f", "\ufeff"));
    }

    /** Writes {@code table} as a TOML document: its plain keys, then its tables under headers. */
    private static String document(Map<String, Object> table) {
        StringBuilder out = new StringBuilder();
        writeTable(out, new ArrayList<>(), table);
        return out.toString();
    }

    private static void writeTable(StringBuilder out, List<String> path, Map<String, Object> table) {
        if (!path.isEmpty()) {
            out.append('[').append(dotted(path)).append("]\n");
        }
        for (Map.Entry<String, Object> entry : table.entrySet()) {
            if (!(entry.getValue() instanceof Map)) {
                out.append(key(entry.getKey())).append(" = ");
                value(out, entry.getValue());
                out.append('\n');
            }
        }
        for (Map.Entry<String, Object> entry : table.entrySet()) {
            if (entry.getValue() instanceof Map) {
                List<String> inner = new ArrayList<>(path);
                inner.add(entry.getKey());
                @SuppressWarnings("unchecked")
                Map<String, Object> child = (Map<String, Object>) entry.getValue();
                writeTable(out, inner, child);
            }
        }
    }

    private static String dotted(List<String> path) {
        StringBuilder out = new StringBuilder();
        for (String key : path) {
            out.append(out.length() == 0 ? "" : " . ").append(key(key));
        }
        return out.toString();
    }

    private static String key(String key) {
        boolean bare = !key.isEmpty();
        for (char c : key.toCharArray()) {
            bare &= c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
        }
        return bare ? key : quoted(key);
    }

    private static void value(StringBuilder out, Object value) {
        if (value instanceof String) {
            String text = (String) value;
            out.append(DATES.contains(text) ? text : quoted(text));
        } else if (value instanceof Long) {
            long n = (Long) value;
            out.append(n >= 0 && n % 3 == 1 ? "0x" + Long.toHexString(n)
                    : n >= 0 && n % 3 == 2 ? "0o" + Long.toOctalString(n) : Long.toString(n));
        } else if (value instanceof Double) {
            double d = (Double) value;
            out.append(Double.isNaN(d) ? "nan" : Double.isInfinite(d) ? (d > 0 ? "+inf" : "-inf") : Double.toString(d));
        } else if (value instanceof List) {
            out.append('[');
            for (Object item : (List<?>) value) {
                value(out, item);
                out.append(", ");
            }
            out.append(']');
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.append(first ? " " : ", ").append(key((String) entry.getKey())).append(" = ");
                value(out, entry.getValue());
                first = false;
            }
            out.append(" }");
        } else {
            out.append(value);
        }
    }

    /** A basic string: quotes, backslashes and control characters escaped, the rest as it is. */
    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append("\\u00").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 15));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}

package io.github.pekoe.testing.internal;

/** JavaScript snippets the lanes evaluate, and the conversion of their results to Java values. */
final class JsValues {

    private JsValues() {
    }

    /** {@code expression} wrapped so it yields a primitive, null, or JSON text, in either lane. */
    static String primitive(String expression) {
        return "(function (v) {"
                + " if (v === undefined || v === null) { return null; }"
                + " var t = typeof v;"
                + " if (t === 'string' || t === 'number' || t === 'boolean') { return v; }"
                + " if (t === 'bigint' || t === 'function' || t === 'symbol') { return String(v); }"
                + " try { return JSON.stringify(v); } catch (e) { return String(v); }"
                + " })((" + expression + "))";
    }

    /** {@code expression} evaluated on the first element matching {@code css} (as {@code e}), or null. */
    static String onFirst(String css, String expression) {
        return "(function (e) { return e ? (" + expression + ") : null; })(document.querySelector(" + quote(css) + "))";
    }

    /** The Java value of a primitive a lane returned: integral numbers become {@link Long}. */
    static Object normalize(Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            boolean integral = d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 0x1p63;
            return integral ? (Object) number.longValue() : (Object) d;
        }
        if (value instanceof CharSequence text) {
            return text.toString();
        }
        if (value == null || value instanceof Boolean) {
            return value;
        }
        return String.valueOf(value);
    }

    /** {@code text} as a single-quoted JavaScript string literal. */
    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('\'');
        for (char c : text.toCharArray()) {
            if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                String hex = Integer.toHexString(c);
                out.append("\\u").append("0000", hex.length(), 4).append(hex);
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}

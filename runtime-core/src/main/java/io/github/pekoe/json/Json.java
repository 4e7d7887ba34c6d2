package io.github.pekoe.json;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads and writes JSON (RFC 8259) strictly, with plain Java collections as the data model.
 *
 * <p>JSON values map to Java as follows: an object is a {@link LinkedHashMap LinkedHashMap&lt;String,
 * Object&gt;} in member order, an array an {@link ArrayList ArrayList&lt;Object&gt;}, a string a
 * {@link String}, {@code true} and {@code false} a {@link Boolean}, {@code null} Java {@code null}, and a
 * number a {@link Long} when it has no fraction or exponent and fits in a long, otherwise a {@link Double}.
 *
 * <p>The code uses no regular expressions, formatting, streams or reflection, so TeaVM can compile it.
 */
public final class Json {

    /** The deepest nesting of arrays and objects that is read or written. */
    private static final int MAX_DEPTH = 512;

    private Json() {
    }

    /**
     * Parses JSON text into a value: a map, list, string, boolean, number or {@code null}.
     *
     * @param text the JSON text; whitespace may surround the value, nothing else may
     * @return the value
     * @throws JsonException if the text is empty or not valid JSON; the message names the line and column
     */
    public static Object parse(String text) {
        return new Parser(text).document();
    }

    /**
     * Parses JSON text whose top-level value must be an object.
     *
     * @param text the JSON text
     * @return the object's members in order, as a {@link LinkedHashMap}
     * @throws JsonException if the text is not valid JSON or its value is not an object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> parseObject(String text) {
        Parser parser = new Parser(text);
        Object value = parser.document();
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw new JsonException("expected a JSON object but found " + kindOf(value), parser.valueStart);
    }

    /**
     * Returns a deep read-only view of a value: every map (copied to a {@link LinkedHashMap}) and every
     * list inside it is wrapped so that changing it throws {@link UnsupportedOperationException}.
     *
     * @param value a value, typically one returned by {@link #parse(String)}
     * @return the read-only value; values other than maps and lists are returned unchanged
     */
    public static Object readOnly(Object value) {
        return readOnly(value, 0);
    }

    /**
     * Writes a value as compact JSON text.
     *
     * <p>Accepted are {@code null}, {@link Boolean}, {@link Number} (finite only), {@link String},
     * {@link Map} (keys written with {@link String#valueOf(Object)}), {@link Collection} and {@code Object[]},
     * nested up to 512 levels.
     *
     * @param value the value to write
     * @return the JSON text
     * @throws IllegalArgumentException if the value, or anything inside it, cannot be written as JSON
     */
    public static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, 0);
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------
    // Reading

    /** Reads one JSON document; not thread-safe, one instance per text. */
    private static final class Parser {
        private final String text;
        private final int length;
        private int pos;
        /** Where the top-level value starts, after any leading whitespace. */
        int valueStart;

        Parser(String text) {
            if (text == null) {
                throw new JsonException("invalid JSON: the text is null", 0);
            }
            this.text = text;
            this.length = text.length();
        }

        Object document() {
            if (length == 0) {
                throw new JsonException("invalid JSON: the text is empty", 0);
            }
            skipWhitespace();
            if (pos == length) {
                throw new JsonException("invalid JSON: the text is empty (it holds only whitespace)", 0);
            }
            valueStart = pos;
            Object value = value(0);
            skipWhitespace();
            if (pos < length) {
                throw error(pos, "expected the end of the text after the JSON value but found " + found(pos));
            }
            return value;
        }

        private void skipWhitespace() {
            while (pos < length) {
                char c = text.charAt(pos);
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                    pos++;
                } else {
                    return;
                }
            }
        }

        /** Reads a value at {@code pos}; {@code depth} is the number of arrays and objects around it. */
        private Object value(int depth) {
            if (pos >= length) {
                throw error(pos, "expected a value but found the end of the text");
            }
            char c = text.charAt(pos);
            switch (c) {
                case '{':
                    return object(depth + 1);
                case '[':
                    return array(depth + 1);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || isDigit(c)) {
                        return number();
                    }
                    throw notAValue(pos);
            }
        }

        private Object literal(String word, Object result) {
            if (!text.startsWith(word, pos)) {
                throw notAValue(pos);
            }
            pos += word.length();
            return result;
        }

        private JsonException notAValue(int at) {
            String message = "expected a value but found " + found(at);
            if (at < length) {
                char c = text.charAt(at);
                if (c == '+') {
                    message += " (a JSON number cannot start with '+')";
                } else if (c == '.') {
                    message += " (a JSON number needs a digit before '.')";
                } else if (Character.isLetter(c)) {
                    String word = token(at);
                    if (word.equals("NaN") || word.equals("Infinity")) {
                        message += " (JSON has no NaN or Infinity)";
                    } else if (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false")
                            || word.equalsIgnoreCase("null")) {
                        message += " (JSON literals are lower case: true, false, null)";
                    } else {
                        message += " (strings must be in double quotes)";
                    }
                }
            }
            return error(at, message);
        }

        private Map<String, Object> object(int depth) {
            int open = pos;
            checkDepth(depth);
            pos++;
            LinkedHashMap<String, Object> members = new LinkedHashMap<>();
            skipWhitespace();
            if (pos < length && text.charAt(pos) == '}') {
                pos++;
                return members;
            }
            boolean afterComma = false;
            while (true) {
                if (pos >= length || text.charAt(pos) != '"') {
                    if (!afterComma) {
                        throw error(pos, "expected a member name in double quotes or '}' but found "
                                + found(pos) + notClosed("object", open));
                    }
                    String message = "expected a member name in double quotes after ',' but found " + found(pos);
                    if (pos < length && text.charAt(pos) == '}') {
                        message += " (trailing commas are not allowed)";
                    }
                    throw error(pos, message + notClosed("object", open));
                }
                String name = string();
                skipWhitespace();
                if (pos >= length || text.charAt(pos) != ':') {
                    String which = name.length() <= 40 ? "the member name " + quote(name) : "a member name";
                    throw error(pos, "expected ':' after " + which + " but found " + found(pos)
                            + notClosed("object", open));
                }
                pos++;
                skipWhitespace();
                members.put(name, value(depth));
                skipWhitespace();
                if (pos < length && text.charAt(pos) == ',') {
                    pos++;
                    skipWhitespace();
                    afterComma = true;
                } else if (pos < length && text.charAt(pos) == '}') {
                    pos++;
                    return members;
                } else {
                    throw error(pos, "expected ',' or '}' after an object member but found " + found(pos)
                            + notClosed("object", open));
                }
            }
        }

        private List<Object> array(int depth) {
            int open = pos;
            checkDepth(depth);
            pos++;
            ArrayList<Object> elements = new ArrayList<>();
            skipWhitespace();
            if (pos < length && text.charAt(pos) == ']') {
                pos++;
                return elements;
            }
            while (true) {
                if (pos >= length) {
                    throw error(pos, "expected a value but found the end of the text" + notClosed("array", open));
                }
                elements.add(value(depth));
                skipWhitespace();
                if (pos < length && text.charAt(pos) == ',') {
                    pos++;
                    skipWhitespace();
                    if (pos < length && text.charAt(pos) == ']') {
                        throw error(pos, "expected a value after ',' but found ']' (trailing commas are not allowed)");
                    }
                } else if (pos < length && text.charAt(pos) == ']') {
                    pos++;
                    return elements;
                } else {
                    throw error(pos, "expected ',' or ']' after an array element but found " + found(pos)
                            + notClosed("array", open));
                }
            }
        }

        private void checkDepth(int depth) {
            if (depth > MAX_DEPTH) {
                throw error(pos, "arrays and objects are nested more than " + MAX_DEPTH + " levels deep");
            }
        }

        /** At the end of the text, says which array or object is left open. */
        private String notClosed(String what, int open) {
            return pos >= length ? " (the " + what + " that starts at " + location(open) + " is not closed)" : "";
        }

        /** Reads a string; {@code pos} is at its opening quote. */
        private String string() {
            int open = pos;
            pos++;
            int runStart = pos;
            StringBuilder decoded = null;
            while (true) {
                if (pos >= length) {
                    throw error(open, "the string that starts here has no closing '\"' before the end of the text");
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    String result;
                    if (decoded == null) {
                        result = text.substring(runStart, pos);
                    } else {
                        result = decoded.append(text, runStart, pos).toString();
                    }
                    pos++;
                    return result;
                } else if (c == '\\') {
                    if (decoded == null) {
                        decoded = new StringBuilder();
                    }
                    decoded.append(text, runStart, pos);
                    escape(decoded);
                    runStart = pos;
                } else if (c < 0x20) {
                    throw error(pos, "a string cannot hold control character " + codePoint(c)
                            + " as it is; write it as " + escaped(c));
                } else {
                    pos++;
                }
            }
        }

        /** Decodes one escape sequence; {@code pos} is at its backslash and ends after it. */
        private void escape(StringBuilder out) {
            int backslash = pos;
            pos++;
            if (pos >= length) {
                throw error(pos, "expected an escape character after '\\' but found the end of the text");
            }
            char c = text.charAt(pos);
            pos++;
            switch (c) {
                case '"':
                case '\\':
                case '/':
                    out.append(c);
                    return;
                case 'b':
                    out.append('\b');
                    return;
                case 'f':
                    out.append('\f');
                    return;
                case 'n':
                    out.append('\n');
                    return;
                case 'r':
                    out.append('\r');
                    return;
                case 't':
                    out.append('\t');
                    return;
                case 'u':
                    break;
                default:
                    throw error(backslash, "invalid escape '\\" + (c < 0x20 ? codePoint(c) : String.valueOf(c))
                            + "' in a string; the escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
            }
            char unit = hex4();
            if (Character.isHighSurrogate(unit)) {
                if (pos + 1 < length && text.charAt(pos) == '\\' && text.charAt(pos + 1) == 'u') {
                    pos += 2;
                    char low = hex4();
                    if (Character.isLowSurrogate(low)) {
                        out.append(unit).append(low);
                        return;
                    }
                }
                throw error(backslash, "unpaired surrogate \\u" + hex(unit)
                        + " in a string; a high surrogate must be followed by a low one (\\uDC00 to \\uDFFF)");
            }
            if (Character.isLowSurrogate(unit)) {
                throw error(backslash, "unpaired surrogate \\u" + hex(unit)
                        + " in a string; a low surrogate must follow a high one (\\uD800 to \\uDBFF)");
            }
            out.append(unit);
        }

        private char hex4() {
            int value = 0;
            for (int i = 0; i < 4; i++) {
                int digit = pos < length ? hexDigit(text.charAt(pos)) : -1;
                if (digit < 0) {
                    throw error(pos, "expected 4 hex digits after \\u but found " + found(pos));
                }
                value = value * 16 + digit;
                pos++;
            }
            return (char) value;
        }

        /** Reads a number; {@code pos} is at its '-' or first digit. */
        private Object number() {
            int start = pos;
            boolean negative = text.charAt(pos) == '-';
            if (negative) {
                pos++;
                if (pos >= length || !isDigit(text.charAt(pos))) {
                    throw error(pos, "expected a digit after '-' but found " + found(pos));
                }
            }
            if (text.charAt(pos) == '0') {
                pos++;
                if (pos < length && isDigit(text.charAt(pos))) {
                    throw error(start, "expected a number without leading zeros but found " + found(start));
                }
            } else {
                skipDigits();
            }
            boolean integral = true;
            if (pos < length && text.charAt(pos) == '.') {
                integral = false;
                pos++;
                if (pos >= length || !isDigit(text.charAt(pos))) {
                    throw error(pos, "expected a digit after the decimal point but found " + found(pos));
                }
                skipDigits();
            }
            if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
                integral = false;
                pos++;
                if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                if (pos >= length || !isDigit(text.charAt(pos))) {
                    throw error(pos, "expected a digit in the exponent but found " + found(pos));
                }
                skipDigits();
            }
            String literal = text.substring(start, pos);
            if (integral && fitsInLong(literal, negative)) {
                return Long.valueOf(Long.parseLong(literal));
            }
            double value = Double.parseDouble(literal);
            if (Double.isInfinite(value)) {
                throw error(start, "the number " + shorten(literal) + " is too large for a double");
            }
            return Double.valueOf(value);
        }

        private void skipDigits() {
            while (pos < length && isDigit(text.charAt(pos))) {
                pos++;
            }
        }

        private JsonException error(int at, String message) {
            return new JsonException("invalid JSON at " + location(at) + ": " + message, at);
        }

        /** "line L, column C" for an offset; both start at 1, and \n, \r\n and \r each end a line. */
        private String location(int at) {
            int line = 1;
            int column = 1;
            int end = Math.min(at, length);
            for (int i = 0; i < end; i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
            }
            return "line " + line + ", column " + column;
        }

        /** Describes what is at an offset, for "but found ..." in a message. */
        private String found(int at) {
            if (at >= length) {
                return "the end of the text";
            }
            char c = text.charAt(at);
            if (c < 0x20 || (c >= 0x7f && c <= 0xa0) || c == 0xfeff || Character.isSpaceChar(c)) {
                return "character " + codePoint(c);
            }
            if (Character.isLetterOrDigit(c) || c == '-') {
                return "'" + token(at) + "'";
            }
            if (Character.isHighSurrogate(c) && at + 1 < length && Character.isLowSurrogate(text.charAt(at + 1))) {
                return "'" + text.substring(at, at + 2) + "'";
            }
            if (c == '/') {
                return "'/' (JSON does not allow comments)";
            }
            if (c == '\'') {
                return "\"'\" (JSON strings use double quotes)";
            }
            return "'" + c + "'";
        }

        /** The word or number that starts at an offset, at most 30 characters. */
        private String token(int at) {
            int end = at;
            while (end < length && end - at < 30) {
                char c = text.charAt(end);
                if (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == '+') {
                    end++;
                } else {
                    break;
                }
            }
            if (end == at) {
                end = at + 1;
            }
            return end < length && end - at >= 30 ? text.substring(at, end) + "..." : text.substring(at, end);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** Four upper-case hex digits. */
    private static String hex(char c) {
        String digits = "0123456789ABCDEF";
        return new StringBuilder(4)
                .append(digits.charAt((c >> 12) & 0xf))
                .append(digits.charAt((c >> 8) & 0xf))
                .append(digits.charAt((c >> 4) & 0xf))
                .append(digits.charAt(c & 0xf))
                .toString();
    }

    private static String codePoint(char c) {
        return "U+" + hex(c);
    }

    /** How a control character is written in a JSON string. */
    private static String escaped(char c) {
        switch (c) {
            case '\n':
                return "\\n";
            case '\r':
                return "\\r";
            case '\t':
                return "\\t";
            case '\b':
                return "\\b";
            case '\f':
                return "\\f";
            default:
                return "\\u" + hex(c);
        }
    }

    /** Whether an integer literal (an optional '-' and digits without leading zeros) fits in a long. */
    private static boolean fitsInLong(String literal, boolean negative) {
        int digits = literal.length() - (negative ? 1 : 0);
        if (digits < 19) {
            return true;
        }
        if (digits > 19) {
            return false;
        }
        String magnitude = negative ? literal.substring(1) : literal;
        return magnitude.compareTo(negative ? "9223372036854775808" : "9223372036854775807") <= 0;
    }

    private static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 30) + "...";
    }

    /**
     * Names the kind of a parsed JSON value for messages: "null", "an array", "a string", "a number",
     * "true" or "false" (an object is a Map and is not named here).
     */
    public static String kindOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value.toString(); // a Boolean: true or false
    }

    // ---------------------------------------------------------------------------------------------
    // Read-only views

    private static Object readOnly(Object value, int depth) {
        if (value instanceof Map) {
            checkNesting(depth + 1, "made read-only");
            Map<?, ?> map = (Map<?, ?>) value;
            LinkedHashMap<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                copy.put(entry.getKey(), readOnly(entry.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List) {
            checkNesting(depth + 1, "made read-only");
            List<?> list = (List<?>) value;
            ArrayList<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(readOnly(element, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }

    // ---------------------------------------------------------------------------------------------
    // Writing

    private static void write(StringBuilder out, Object value, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            quote(out, (String) value);
        } else if (value instanceof Boolean) {
            out.append(((Boolean) value).booleanValue() ? "true" : "false");
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short
                || value instanceof Byte) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Double) {
            double d = ((Double) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("cannot write " + d + " as JSON: JSON numbers must be finite");
            }
            out.append(Double.toString(d));
        } else if (value instanceof Float) {
            float f = ((Float) value).floatValue();
            if (Float.isNaN(f) || Float.isInfinite(f)) {
                throw new IllegalArgumentException("cannot write " + f + " as JSON: JSON numbers must be finite");
            }
            out.append(Float.toString(f));
        } else if (value instanceof Number) {
            String text = value.toString();
            if (!isJsonNumber(text)) {
                throw new IllegalArgumentException("cannot write the " + value.getClass().getSimpleName() + " "
                        + shorten(text) + " as JSON: it does not print as a JSON number");
            }
            out.append(text);
        } else if (value instanceof Map) {
            checkNesting(depth + 1, "written as JSON");
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                quote(out, String.valueOf(entry.getKey()));
                out.append(':');
                write(out, entry.getValue(), depth + 1);
            }
            out.append('}');
        } else if (value instanceof Collection) {
            checkNesting(depth + 1, "written as JSON");
            out.append('[');
            boolean first = true;
            for (Object element : (Collection<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, element, depth + 1);
            }
            out.append(']');
        } else if (value instanceof Object[]) {
            checkNesting(depth + 1, "written as JSON");
            Object[] array = (Object[]) value;
            out.append('[');
            for (int i = 0; i < array.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, array[i], depth + 1);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    private static void checkNesting(int depth, String action) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("a value nested more than " + MAX_DEPTH + " levels deep cannot be "
                    + action + " (does a map, list or array contain itself?)");
        }
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2);
        quote(out, s);
        return out.toString();
    }

    private static void quote(StringBuilder out, String s) {
        out.append('"');
        int runStart = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20) {
                out.append(s, runStart, i);
                out.append(c == '"' ? "\\\"" : c == '\\' ? "\\\\" : escaped(c));
                runStart = i + 1;
            }
        }
        out.append(s, runStart, s.length());
        out.append('"');
    }

    /** Whether text follows the JSON number grammar exactly. */
    private static boolean isJsonNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n || !isDigit(s.charAt(i))) {
            return false;
        }
        if (s.charAt(i) == '0') {
            i++;
        } else {
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            if (i >= n || !isDigit(s.charAt(i))) {
                return false;
            }
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            if (i >= n || !isDigit(s.charAt(i))) {
                return false;
            }
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
        }
        return i == n;
    }
}

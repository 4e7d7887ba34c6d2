package io.github.pekoe.pagecheck;

/**
 * Checks text against JSON's grammar as the browser's {@code JSON.parse} reads it (RFC 8259: no
 * comments, no trailing commas, double-quoted strings, whitespace of space, tab, CR and LF only).
 */
final class JsonSyntax {
    private final String text;
    private int at;
    /** The top-level key {@link #keyOffset} looks for, and where it found it (-1: not yet). */
    private String wanted;
    private int found = -1;

    private JsonSyntax(String text) {
        this.text = text;
    }

    /**
     * Why {@code text} is not JSON.
     *
     * @param offset where, in characters from the start of the text
     * @param message what is wrong there
     */
    record Problem(int offset, String message) {
    }

    /** Thrown inside the reader at the first problem. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final Problem problem;

        Stop(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }
    }

    /** Returns why {@code text} is not one JSON value, or null when it is. */
    static Problem problem(String text) {
        return problem(new JsonSyntax(text));
    }

    private static Problem problem(JsonSyntax reader) {
        String text = reader.text;
        try {
            reader.space();
            reader.value(0);
            reader.space();
            if (reader.at < text.length()) {
                reader.fail("unexpected " + reader.describe() + " after the JSON value");
            }
            return null;
        } catch (Stop stop) {
            return stop.problem;
        }
    }

    /**
     * Where the object {@code text} holds the top-level property {@code key}: the offset of the
     * opening quote of its first occurrence; -1 when it has none, or when {@code text} is not JSON.
     */
    static int keyOffset(String text, String key) {
        JsonSyntax reader = new JsonSyntax(text);
        reader.wanted = key;
        return problem(reader) == null ? reader.found : -1;
    }

    /** What kind of value {@code text} (valid JSON) holds, as the runtime names it; null for an object. */
    static String kindOf(String text) {
        String trimmed = text.strip();
        char first = trimmed.isEmpty() ? ' ' : trimmed.charAt(0);
        return switch (first) {
            case '{' -> null;
            case '[' -> "an array";
            case '"' -> "a string";
            case 't' -> "true";
            case 'f' -> "false";
            case 'n' -> "null";
            default -> "a number";
        };
    }

    private void value(int depth) {
        if (depth > 512) {
            fail("the value is nested too deeply");
        }
        if (at >= text.length()) {
            fail("the text ends where a value is expected");
        }
        char c = text.charAt(at);
        switch (c) {
            case '{' -> object(depth);
            case '[' -> array(depth);
            case '"' -> string();
            case 't' -> word("true");
            case 'f' -> word("false");
            case 'n' -> word("null");
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    number();
                } else {
                    fail("unexpected " + describe() + " where a value is expected");
                }
            }
        }
    }

    private void object(int depth) {
        at++;
        space();
        if (peek('}')) {
            at++;
            return;
        }
        while (true) {
            if (!peek('"')) {
                fail("expected a property name in double quotes, found " + describe());
            }
            int name = at;
            string();
            if (depth == 0 && found < 0 && wanted != null && wanted.equals(decode(name + 1, at - 1))) {
                found = name;
            }
            space();
            expect(':', "expected ':' after the property name, found ");
            space();
            value(depth + 1);
            space();
            if (peek(',')) {
                at++;
                space();
                if (peek('}')) {
                    fail("a comma before '}': JSON allows no trailing comma");
                }
                continue;
            }
            expect('}', "expected ',' or '}' after a property value, found ");
            return;
        }
    }

    private void array(int depth) {
        at++;
        space();
        if (peek(']')) {
            at++;
            return;
        }
        while (true) {
            value(depth + 1);
            space();
            if (peek(',')) {
                at++;
                space();
                if (peek(']')) {
                    fail("a comma before ']': JSON allows no trailing comma");
                }
                continue;
            }
            expect(']', "expected ',' or ']' after an array element, found ");
            return;
        }
    }

    private void string() {
        int start = at;
        at++;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '"') {
                at++;
                return;
            }
            if (c < 0x20) {
                fail("a control character in a string (write it as an escape such as \\n)");
            }
            if (c == '\\') {
                at++;
                char e = at < text.length() ? text.charAt(at) : ' ';
                if (e == 'u') {
                    for (int i = 1; i <= 4; i++) {
                        if (at + i >= text.length() || Character.digit(text.charAt(at + i), 16) < 0) {
                            fail("\\u needs four hexadecimal digits");
                        }
                    }
                    at += 4;
                } else if ("\"\\/bfnrt".indexOf(e) < 0) {
                    fail("an invalid escape in a string");
                }
            }
            at++;
        }
        at = start;
        fail("a string that is never closed");
    }

    /** The text of the valid string body between {@code from} and {@code to}, its escapes undone. */
    private String decode(int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            if (e == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                out.append(switch (e) {
                    case 'b' -> '\b';
                    case 'f' -> '\f';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> e;
                });
            }
        }
        return out.toString();
    }

    private void number() {
        if (peek('-')) {
            at++;
        }
        if (peek('0')) {
            at++;
        } else if (!digits()) {
            fail("expected a digit, found " + describe());
        }
        if (peek('.')) {
            at++;
            if (!digits()) {
                fail("expected a digit after '.', found " + describe());
            }
        }
        if (peek('e') || peek('E')) {
            at++;
            if (peek('+') || peek('-')) {
                at++;
            }
            if (!digits()) {
                fail("expected a digit in the exponent, found " + describe());
            }
        }
    }

    private boolean digits() {
        int start = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        return at > start;
    }

    private void word(String word) {
        if (!text.startsWith(word, at)) {
            fail("unexpected " + describe() + " where a value is expected");
        }
        at += word.length();
    }

    private void space() {
        while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
            at++;
        }
    }

    private boolean peek(char c) {
        return at < text.length() && text.charAt(at) == c;
    }

    private void expect(char c, String message) {
        if (!peek(c)) {
            fail(message + describe());
        }
        at++;
    }

    private String describe() {
        if (at >= text.length()) {
            return "the end of the text";
        }
        int cp = text.codePointAt(at);
        if (cp == '\'') {
            return "\"'\" (JSON strings take double quotes)";
        }
        return cp < 0x20 ? String.format("U+%04X", cp) : "'" + new String(Character.toChars(cp)) + "'";
    }

    private void fail(String message) {
        throw new Stop(new Problem(at, message));
    }
}

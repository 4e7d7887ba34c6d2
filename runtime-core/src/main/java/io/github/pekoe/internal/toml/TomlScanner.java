package io.github.pekoe.internal.toml;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks a TOML document character by character, counting lines for messages: blanks, comments,
 * line ends, keys and bare value tokens. Strings are read by {@link TomlStrings}.
 */
final class TomlScanner {
    private final String text;
    private int pos;
    private int line = 1;

    TomlScanner(String text) {
        this.text = text;
        pos = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The character {@code ahead} places on, or 0 past the end. */
    char peek(int ahead) {
        int at = pos + ahead;
        return at < text.length() ? text.charAt(at) : 0;
    }

    char peek() {
        return peek(0);
    }

    /** Moves past one character that is not a line break. */
    void skip() {
        pos++;
    }

    /** Moves past {@code c} and returns true when it comes next. */
    boolean take(char c) {
        if (atEnd() || text.charAt(pos) != c) {
            return false;
        }
        pos++;
        return true;
    }

    /** Moves past {@code c}, or fails with "expected 'c' {@code why}". */
    void expect(char c, String why) {
        skipSpaces();
        if (!take(c)) {
            throw error("expected '" + c + "' " + why + ", found " + describe());
        }
    }

    void skipSpaces() {
        while (peek() == ' ' || peek() == '\t') {
            pos++;
        }
    }

    /** Moves past a line break (LF or CRLF) and returns true when one comes next. */
    boolean newline() {
        if (peek() == '\n' || peek() == '\r' && peek(1) == '\n') {
            pos += peek() == '\r' ? 2 : 1;
            line++;
            return true;
        }
        return false;
    }

    /** Skips spaces, tabs, comments and line breaks. */
    void skipBlank() {
        do {
            skipSpaces();
            skipComment();
        } while (newline());
    }

    /** After a header or a key/value pair: only spaces and a comment may follow on the line. */
    void endOfLine() {
        skipSpaces();
        skipComment();
        if (!atEnd() && !newline()) {
            throw error("expected the end of the line, found " + describe());
        }
    }

    private void skipComment() {
        if (peek() != '#') {
            return;
        }
        while (!atEnd() && peek() != '\n' && !(peek() == '\r' && peek(1) == '\n')) {
            checkPrintable(peek());
            pos++;
        }
    }

    /** Reads a key, bare or quoted, dotted or not, with the spaces around it. */
    List<String> key() {
        List<String> parts = new ArrayList<>();
        do {
            skipSpaces();
            char c = peek();
            if (c == '"' || c == '\'') {
                parts.add(TomlStrings.read(this, true));
            } else {
                int start = pos;
                while (isBareKeyChar(peek())) {
                    pos++;
                }
                if (pos == start) {
                    throw error("expected a key, found " + describe());
                }
                parts.add(text.substring(start, pos));
            }
            skipSpaces();
        } while (take('.'));
        return parts;
    }

    /**
     * Reads the token of a number, boolean, date or time: up to a blank, a comma, a bracket, a brace
     * or a comment; a date followed by a space and a digit goes on with its time.
     */
    String token() {
        int start = pos;
        while (!atEnd() && !endsToken(peek())) {
            pos++;
        }
        if (pos - start == 10 && text.charAt(start + 4) == '-' && peek() == ' ' && isDigit(peek(1))) {
            pos++;
            while (!atEnd() && !endsToken(peek())) {
                pos++;
            }
        }
        return text.substring(start, pos);
    }

    /** Fails with a problem on the current line. */
    IllegalArgumentException error(String problem) {
        return new IllegalArgumentException("invalid TOML at line " + line + ": " + problem);
    }

    /** Names what comes next, for messages. */
    String describe() {
        if (atEnd()) {
            return "the end of the text";
        }
        char c = peek();
        return c == '\n' || c == '\r' ? "the end of the line" : "'" + c + "'";
    }

    /** Rejects control characters other than tab, which TOML allows only as escapes. */
    void checkPrintable(char c) {
        if (c < ' ' && c != '\t' || c == 127) {
            throw error("control character " + (int) c + " must be written as an escape");
        }
    }

    /** Counts a line break inside a multi-line string. */
    void countLine() {
        line++;
    }

    private static boolean endsToken(char c) {
        return c == ' ' || c == '\t' || c == ',' || c == ']' || c == '}' || c == '#' || c == '\n' || c == '\r';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isBareKeyChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) || c == '_' || c == '-';
    }
}

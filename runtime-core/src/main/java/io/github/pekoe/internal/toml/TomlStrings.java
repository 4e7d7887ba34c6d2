package io.github.pekoe.internal.toml;

/** Reads TOML's four kinds of string: basic and literal, each on one line or on several. */
final class TomlStrings {
    private TomlStrings() {
    }

    /**
     * Reads the string that starts at the scanner's quote; {@code key} allows only the one-line forms.
     */
    static String read(TomlScanner in, boolean key) {
        char quote = in.peek();
        in.skip();
        boolean multiline = false;
        if (in.peek() == quote) {
            if (in.peek(1) != quote) {
                in.skip();
                return "";
            }
            if (key) {
                throw in.error("a key cannot be a multi-line string");
            }
            in.skip();
            in.skip();
            multiline = true;
            in.newline();
        }
        StringBuilder out = new StringBuilder();
        while (true) {
            if (in.atEnd()) {
                throw in.error("the string is not closed");
            }
            char c = in.peek();
            if (c == quote) {
                int run = 1;
                while (in.peek(run) == quote) {
                    run++;
                }
                if (!multiline) {
                    in.skip();
                    return out.toString();
                }
                if (run >= 3) {
                    if (run > 5) {
                        throw in.error("too many quotes at the end of a multi-line string");
                    }
                    for (int i = 0; i < run; i++) {
                        in.skip();
                        if (i < run - 3) {
                            out.append(quote);
                        }
                    }
                    return out.toString();
                }
                for (int i = 0; i < run; i++) {
                    in.skip();
                    out.append(quote);
                }
            } else if (c == '\n' || c == '\r' && in.peek(1) == '\n') {
                if (!multiline) {
                    throw in.error("a one-line string cannot hold a line break; use \"\"\" or \\n");
                }
                in.newline();
                out.append('\n');
            } else if (c == '\\' && quote == '"') {
                in.skip();
                escape(in, out, multiline);
            } else {
                in.checkPrintable(c);
                in.skip();
                out.append(c);
            }
        }
    }

    /** Reads the escape after a backslash in a basic string. */
    private static void escape(TomlScanner in, StringBuilder out, boolean multiline) {
        char c = in.peek();
        if (multiline && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            in.skipSpaces();
            if (!in.newline()) {
                throw in.error("a backslash followed by spaces must end the line");
            }
            do {
                in.skipSpaces();
            } while (in.newline());
            return;
        }
        in.skip();
        switch (c) {
            case 'b': out.append('\b'); break;
            case 't': out.append('\t'); break;
            case 'n': out.append('\n'); break;
            case 'f': out.append('\f'); break;
            case 'r': out.append('\r'); break;
            case '"': out.append('"'); break;
            case '\\': out.append('\\'); break;
            case 'u': unicode(in, out, 4); break;
            case 'U': unicode(in, out, 8); break;
            default:
                throw in.error("invalid escape '\\" + (in.atEnd() && c == 0 ? "" : String.valueOf(c)) + "'");
        }
    }

    /** The code in lower-case hex digits, for messages. */
    private static String hex(int code) {
        StringBuilder out = new StringBuilder();
        for (int rest = code; rest != 0 || out.length() == 0; rest >>>= 4) {
            out.insert(0, "0123456789abcdef".charAt(rest & 15));
        }
        return out.toString();
    }

    /** Reads {@code digits} hex digits of a {@code \\u} or {@code \\U} escape and appends the character. */
    private static void unicode(TomlScanner in, StringBuilder out, int digits) {
        int code = 0;
        for (int i = 0; i < digits; i++) {
            int digit = TomlScalars.digit(in.peek(), 16);
            if (digit < 0) {
                throw in.error("a \\" + (digits == 4 ? 'u' : 'U') + " escape needs " + digits + " hex digits");
            }
            in.skip();
            code = code * 16 + digit;
        }
        if (code < 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
            throw in.error("escape " + hex(code) + " is not a Unicode scalar value");
        }
        if (code >= 0x10000) {
            code -= 0x10000;
            out.append((char) (0xD800 + (code >> 10))).append((char) (0xDC00 + (code & 0x3FF)));
        } else {
            out.append((char) code);
        }
    }
}

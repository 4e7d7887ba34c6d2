package io.github.pekoe.internal.display;

/** Text in quotes the way Python's {@code repr} writes a str. */
final class PythonQuotes {
    private PythonQuotes() {
    }

    /**
     * Appends {@code text} to {@code out} in single quotes, or in double quotes when it holds a
     * single quote and no double quote; backslash, the quote, tab, line feed and carriage return
     * escaped; other control, separator and format characters and lone surrogates as {@code \xNN}
     * or {@code \}{@code uNNNN}, as Python escapes what it does not print.
     */
    static void quote(StringBuilder out, String text) {
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escape = "\\\n\r\t".indexOf(c);
            if (c == quote || escape == 0) {
                out.append('\\').append(c);
            } else if (escape > 0) {
                out.append('\\').append("nrt".charAt(escape - 1));
            } else if (isHidden(c, text, i)) {
                hex(out, c);
            } else {
                out.append(c);
            }
        }
        out.append(quote);
    }

    private static boolean isHidden(char c, String text, int at) {
        if (c < ' ' || c >= 0x7f && c <= 0xa0 || c == 0xad || c == 0x1680 || c == 0x3000 || c == 0xfeff
                || c >= 0x2000 && c <= 0x200f || c >= 0x2028 && c <= 0x202f || c >= 0x205f && c <= 0x206f
                || c >= 0xfff9 && c <= 0xfffb) {
            return true;
        }
        if (c >= 0xd800 && c <= 0xdbff) {
            return at + 1 >= text.length() || !isLow(text.charAt(at + 1));
        }
        return isLow(c) && (at == 0 || text.charAt(at - 1) < 0xd800 || text.charAt(at - 1) > 0xdbff);
    }

    private static boolean isLow(char c) {
        return c >= 0xdc00 && c <= 0xdfff;
    }

    private static void hex(StringBuilder out, char c) {
        int digits = c <= 0xff ? 2 : 4;
        out.append(digits == 2 ? "\\x" : "\\u");
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            out.append("0123456789abcdef".charAt(c >> shift & 0xf));
        }
    }
}

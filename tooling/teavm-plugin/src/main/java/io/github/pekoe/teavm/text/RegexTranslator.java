package io.github.pekoe.teavm.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Translates a Java regular expression into a JavaScript one that the browser runs with the
 * {@code u} flag and the same meaning, when the translation is sure. It takes literals,
 * {@code \Q...\E}, character classes with ranges, {@code . \d \D \w \W \s \S \h \v}, the greedy and
 * lazy quantifiers, capturing and non-capturing groups, lookahead, alternation and the anchors {@code ^ $ \A \z \Z}, each written so that JavaScript matches what
 * Java matches ({@code \s} is Java's ASCII set, {@code .} and {@code $} know Java's line
 * terminators). Anything else (flags, named groups, lookbehind, back references, possessive quantifiers,
 * {@code \b}, {@code \p{...}}, nested classes and intersections) gives no translation, and so does a
 * pattern Java itself rejects: those calls keep {@code java.util.regex}.
 */
public final class RegexTranslator {
    private static final String LINE_TERMINATORS = "\\n\\r\\u0085\\u2028\\u2029";
    private static final String SPACE = " \\t\\n\\x0B\\f\\r";
    private static final String HORIZONTAL = " \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000";
    private static final String VERTICAL = "\\n\\x0B\\f\\r\\x85\\u2028\\u2029";
    /** Java's {@code $} without MULTILINE: at the end, or before a final line terminator ({@code \r\n} as one). */
    private static final String DOLLAR = "(?:$|(?=\\r\\n$)|(?=[\\r\\u0085\\u2028\\u2029]$)|(?<!\\r)(?=\\n$))";
    private static final String SYNTAX = "^$\\.*+?()[]{}|/";

    private final String pattern;
    private final boolean dotAll;
    private final StringBuilder out = new StringBuilder();
    /** Each capturing group's name, or an empty string for a group without one. */
    private final List<String> names = new ArrayList<>();
    private int pos;
    private int groups;
    /** Whether a repeated group holds a capturing group: JavaScript clears such groups on each pass, Java keeps them. */
    private boolean repeatedCaptures;

    private RegexTranslator(String pattern, boolean dotAll) {
        this.pattern = pattern;
        this.dotAll = dotAll;
    }

    /** The JavaScript form of {@code javaPattern}, or empty when there is no sure translation. */
    public static Optional<RegexTranslation> translate(String javaPattern) {
        return translate(javaPattern, false);
    }

    /**
     * The JavaScript form of {@code javaPattern} compiled with {@code Pattern.DOTALL} when
     * {@code dotAll} is true, or empty when there is no sure translation.
     */
    public static Optional<RegexTranslation> translate(String javaPattern, boolean dotAll) {
        try {
            Pattern.compile(javaPattern);
        } catch (PatternSyntaxException e) {
            return Optional.empty();
        }
        RegexTranslator translator = new RegexTranslator(javaPattern, dotAll);
        try {
            translator.alternation();
            if (translator.pos != javaPattern.length()) {
                return Optional.empty();
            }
        } catch (Untranslatable e) {
            return Optional.empty();
        }
        boolean named = translator.names.stream().anyMatch(name -> !name.isEmpty());
        return Optional.of(new RegexTranslation(translator.out.toString(), translator.groups,
                !translator.repeatedCaptures, named ? String.join(",", translator.names) : ""));
    }

    private void alternation() {
        sequence();
        while (more() && peek() == '|') {
            pos++;
            out.append('|');
            sequence();
        }
    }

    private void sequence() {
        while (more() && peek() != '|' && peek() != ')') {
            int groupsBefore = groups;
            boolean quantifiable = atom();
            if (quantifier(quantifiable) && groups > groupsBefore) {
                repeatedCaptures = true;
            }
        }
    }

    /** Translates one atom; false when no quantifier may follow it in JavaScript. */
    private boolean atom() {
        char c = pattern.charAt(pos++);
        switch (c) {
            case '(':
                return group();
            case '[':
                characterClass();
                return true;
            case '.':
                out.append(dotAll ? "[\\s\\S]" : "[^" + LINE_TERMINATORS + "]");
                return true;
            case '^':
                out.append('^');
                return false;
            case '$':
                out.append(DOLLAR);
                return false;
            case '\\':
                return escape();
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Untranslatable();
            default:
                literal(pattern.codePointAt(pos - 1));
                pos += Character.charCount(pattern.codePointAt(pos - 1)) - 1;
                return true;
        }
    }

    private boolean group() {
        boolean capturing = true;
        boolean lookaround = false;
        if (more() && peek() == '?') {
            String head = pattern.substring(pos, Math.min(pos + 2, pattern.length()));
            if (head.equals("?:")) {
                capturing = false;
            } else if (head.equals("?=") || head.equals("?!")) {
                lookaround = true;
            } else if (head.equals("?<") && pos + 2 < pattern.length() && isAsciiLetter(pattern.charAt(pos + 2))) {
                int close = pattern.indexOf('>', pos);
                names.add(pattern.substring(pos + 2, close));
                pos = close + 1;
                out.append('(');
                groups++;
                return capturedGroup();
            } else {
                throw new Untranslatable();
            }
            out.append('(').append(head);
            pos += 2;
        } else {
            out.append('(');
            groups++;
            names.add("");
        }
        capturedGroup();
        return !lookaround;
    }

    /** Translates a group's body and its closing parenthesis. */
    private boolean capturedGroup() {
        alternation();
        if (!more() || peek() != ')') {
            throw new Untranslatable();
        }
        pos++;
        out.append(')');
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** Translates the quantifier after an atom, if there is one, and says whether it may repeat the atom. */
    private boolean quantifier(boolean quantifiable) {
        if (!more()) {
            return false;
        }
        char c = peek();
        boolean repeats;
        if (c == '*' || c == '+' || c == '?') {
            pos++;
            out.append(c);
            repeats = c != '?';
        } else if (c == '{') {
            int close = pattern.indexOf('}', pos);
            String bounds = close < 0 ? "" : pattern.substring(pos + 1, close);
            if (!bounds.matches("[0-9]+(,[0-9]*)?")) {
                throw new Untranslatable();
            }
            repeats = !bounds.equals("0") && !bounds.equals("1") && !bounds.equals("0,1");
            out.append(pattern, pos, close + 1);
            pos = close + 1;
        } else {
            return false;
        }
        if (!quantifiable) {
            throw new Untranslatable();
        }
        if (more() && peek() == '?') {
            pos++;
            out.append('?');
        } else if (more() && peek() == '+') {
            throw new Untranslatable();
        }
        return repeats;
    }

    /** An escape outside a class; false for anchors, which take no quantifier. */
    private boolean escape() {
        if (!more()) {
            throw new Untranslatable();
        }
        char c = pattern.charAt(pos++);
        switch (c) {
            case 'd':
            case 'D':
            case 'w':
            case 'W':
                out.append('\\').append(c);
                return true;
            case 's':
                out.append('[').append(SPACE).append(']');
                return true;
            case 'S':
                out.append("[^").append(SPACE).append(']');
                return true;
            case 'h':
                out.append('[').append(HORIZONTAL).append(']');
                return true;
            case 'H':
                out.append("[^").append(HORIZONTAL).append(']');
                return true;
            case 'v':
                out.append('[').append(VERTICAL).append(']');
                return true;
            case 'V':
                out.append("[^").append(VERTICAL).append(']');
                return true;
            case 'A':
                out.append('^');
                return false;
            case 'z':
                out.append('$');
                return false;
            case 'Z':
                out.append(DOLLAR);
                return false;
            case 'Q':
                quoted();
                return true;
            default:
                literal(escapedChar(c));
                return true;
        }
    }

    /** The character an escape such as {@code \t}, {@code \x41} or {@code \.} stands for. */
    private int escapedChar(char c) {
        switch (c) {
            case 't':
                return '\t';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 'f':
                return '\f';
            case 'a':
                return 7;
            case 'e':
                return 27;
            case '0':
                return octal();
            case 'x':
                return hex();
            case 'u':
                return hexDigits(4);
            case 'c':
                if (!more()) {
                    throw new Untranslatable();
                }
                return pattern.charAt(pos++) ^ 64;
            default:
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                        || Character.isHighSurrogate(c)) {
                    throw new Untranslatable();
                }
                return c;
        }
    }

    private int octal() {
        int value = 0;
        int digits = 0;
        while (more() && digits < 3 && peek() >= '0' && peek() <= '7' && value * 8 + peek() - '0' <= 0377) {
            value = value * 8 + pattern.charAt(pos++) - '0';
            digits++;
        }
        if (digits == 0) {
            throw new Untranslatable();
        }
        return value;
    }

    private int hex() {
        if (more() && peek() == '{') {
            int close = pattern.indexOf('}', pos);
            if (close < 0) {
                throw new Untranslatable();
            }
            int value = Integer.parseInt(pattern.substring(pos + 1, close), 16);
            pos = close + 1;
            return value;
        }
        return hexDigits(2);
    }

    private int hexDigits(int count) {
        if (pos + count > pattern.length()) {
            throw new Untranslatable();
        }
        int value = Integer.parseInt(pattern.substring(pos, pos + count), 16);
        pos += count;
        if (Character.isSurrogate((char) value) && count == 4) {
            throw new Untranslatable();
        }
        return value;
    }

    private void quoted() {
        int end = pattern.indexOf("\\E", pos);
        String text = pattern.substring(pos, end < 0 ? pattern.length() : end);
        pos = end < 0 ? pattern.length() : end + 2;
        out.append("(?:");
        text.codePoints().forEach(this::literal);
        out.append(')');
    }

    private void characterClass() {
        out.append('[');
        if (more() && peek() == '^') {
            pos++;
            out.append('^');
        }
        if (more() && peek() == ']') {
            throw new Untranslatable();
        }
        boolean first = true;
        while (more() && peek() != ']') {
            if (peek() == '[' || pattern.startsWith("&&", pos)) {
                throw new Untranslatable();
            }
            if (peek() == '-' && !first && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']') {
                throw new Untranslatable();
            }
            int low = classChar();
            if (low < 0) {
                first = false;
                continue;
            }
            if (more() && peek() == '-' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) != ']') {
                pos++;
                if (peek() == '[') {
                    throw new Untranslatable();
                }
                out.append('-');
                int high = classChar();
                if (high < 0 || high < low) {
                    throw new Untranslatable();
                }
            }
            first = false;
        }
        if (!more()) {
            throw new Untranslatable();
        }
        pos++;
        out.append(']');
    }

    /** Translates one class member: a character (returned after it is written) or a shorthand (-1). */
    private int classChar() {
        int c = pattern.codePointAt(pos);
        pos += Character.charCount(c);
        if (c != '\\') {
            classLiteral(c);
            return c;
        }
        if (!more()) {
            throw new Untranslatable();
        }
        char e = pattern.charAt(pos++);
        switch (e) {
            case 'd':
            case 'D':
            case 'w':
            case 'W':
                out.append('\\').append(e);
                return -1;
            case 's':
                out.append(SPACE);
                return -1;
            case 'h':
                out.append(HORIZONTAL);
                return -1;
            case 'v':
                out.append(VERTICAL);
                return -1;
            default:
                int value = escapedChar(e);
                classLiteral(value);
                return value;
        }
    }

    private void classLiteral(int c) {
        if (c == '\\' || c == ']' || c == '[' || c == '^' || c == '-') {
            out.append('\\').append((char) c);
        } else {
            appendChar(c);
        }
    }

    private void literal(int c) {
        if (c < 128 && SYNTAX.indexOf(c) >= 0) {
            out.append('\\').append((char) c);
        } else {
            appendChar(c);
        }
    }

    private void appendChar(int c) {
        if (c < 0x20 || c == 0x7F || c >= 0x80 && c < 0xA0 || Character.isSurrogate((char) c) && c < 0x10000) {
            out.append(String.format("\\u{%X}", c));
        } else {
            out.appendCodePoint(c);
        }
    }

    private boolean more() {
        return pos < pattern.length();
    }

    private char peek() {
        return pattern.charAt(pos);
    }

    /** Thrown inside the translator for a construct it does not translate. */
    private static final class Untranslatable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Untranslatable() {
            super(null, null, false, false);
        }
    }
}

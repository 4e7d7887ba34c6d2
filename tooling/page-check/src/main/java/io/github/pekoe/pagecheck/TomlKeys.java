package io.github.pekoe.pagecheck;

/**
 * Finds where a TOML text defines a top-level key, for a finding that points at it. It reads only
 * what that needs: table headers ({@code [key]}, {@code [key.sub]}, {@code [[key]]}), keys before the
 * first header ({@code key = ...}, {@code key.sub = ...}), bare and quoted key names, comments, and
 * multi-line strings, whose lines it skips. It never reports TOML errors; the runtime does.
 */
final class TomlKeys {
    private static final String BASIC = "\"\"\"";
    private static final String LITERAL = "'''";

    private TomlKeys() {
    }

    /**
     * The offset in {@code text} of the first name that defines the top-level key {@code key} (in a
     * table header or a key line before any header), or -1 when the text defines none.
     */
    static int offset(String text, String key) {
        boolean inTable = false;
        String open = null;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String line = text.substring(start, end);
            if (open != null) {
                if (count(line, open) % 2 == 1) {
                    open = null;
                }
            } else {
                int i = skipSpace(line, 0);
                boolean header = i < line.length() && line.charAt(i) == '[';
                int name = header ? skipSpace(line, line.startsWith("[[", i) ? i + 2 : i + 1) : i;
                int after = nameEnd(line, name);
                if (after > name && (header || !inTable) && key.equals(unquote(line.substring(name, after)))) {
                    int next = skipSpace(line, after);
                    char c = next < line.length() ? line.charAt(next) : ' ';
                    if (c == '.' || (header ? c == ']' : c == '=')) {
                        return start + name;
                    }
                }
                inTable |= header;
                open = count(line, BASIC) % 2 == 1 ? BASIC : count(line, LITERAL) % 2 == 1 ? LITERAL : null;
            }
            start = end + 1;
        }
        return -1;
    }

    /** Where the key name that starts at {@code from} ends: after its closing quote, or its last bare character. */
    private static int nameEnd(String line, int from) {
        if (from >= line.length()) {
            return from;
        }
        char quote = line.charAt(from);
        if (quote == '"' || quote == '\'') {
            for (int i = from + 1; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    return i + 1;
                }
            }
            return from;
        }
        int i = from;
        while (i < line.length() && isBare(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBare(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-';
    }

    /** A key name without its quotes (escapes in a quoted name are left as written). */
    private static String unquote(String name) {
        char first = name.charAt(0);
        return first == '"' || first == '\'' ? name.substring(1, name.length() - 1) : name;
    }

    private static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static int count(String line, String part) {
        int count = 0;
        for (int i = line.indexOf(part); i >= 0; i = line.indexOf(part, i + part.length())) {
            count++;
        }
        return count;
    }
}

package io.github.pekoe.web;

/** Looks words up in a space-separated list, a table that costs one string in the bundle. Pure: no DOM. */
final class WordList {
    private WordList() {
    }

    /** Tells whether the space-separated {@code words} hold {@code word}. */
    static boolean contains(String words, String word) {
        return indexOf(words, word, false) >= 0;
    }

    /** The word of {@code words} equal to {@code word} when ASCII case is ignored, or null. */
    static String findIgnoringCase(String words, String word) {
        int at = indexOf(words, word, true);
        return at < 0 ? null : words.substring(at, at + word.length());
    }

    /** The words of {@code words} joined by {@code separator}: {@code join("a b", ", ")} is {@code "a, b"}. */
    static String join(String words, String separator) {
        StringBuilder out = new StringBuilder(words.length() + 16);
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == ' ') {
                out.append(separator);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int indexOf(String words, String word, boolean ignoreCase) {
        int length = word.length();
        if (word.indexOf(' ') >= 0) {
            return -1;
        }
        int at = 0;
        while (length > 0 && at + length <= words.length()) {
            int end = at + length;
            if ((end == words.length() || words.charAt(end) == ' ') && same(words, at, word, ignoreCase)) {
                return at;
            }
            int space = words.indexOf(' ', at);
            if (space < 0) {
                break;
            }
            at = space + 1;
        }
        return -1;
    }

    private static boolean same(String words, int at, String word, boolean ignoreCase) {
        for (int i = 0; i < word.length(); i++) {
            char a = words.charAt(at + i);
            char b = word.charAt(i);
            if (a != b && !(ignoreCase && lower(a) == lower(b))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
}

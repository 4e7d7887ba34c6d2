package io.github.pekoe.web;

/** Looks words up in a space-separated list, a table that costs one string in the bundle. Pure: no DOM. */
final class WordList {
    private WordList() {
    }

    /** Tells whether the space-separated {@code words} hold {@code word}. */
    static boolean contains(String words, String word) {
        return indexOf(words, word) >= 0;
    }

    /** The word of {@code words} equal to {@code word} when ASCII case is ignored, or null. */
    static String findIgnoringCase(String words, String word) {
        int at = indexOf(asciiLower(words), asciiLower(word));
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

    /**
     * Where the word {@code word} starts in {@code words}, or -1: one search of the padded list,
     * with the String methods a bundle has anyway.
     */
    private static int indexOf(String words, String word) {
        if (word.isEmpty() || word.indexOf(' ') >= 0) {
            return -1;
        }
        return (" " + words + " ").indexOf(" " + word + " ");
    }

    /** {@code text} with the ASCII capitals A to Z in lower case, and nothing else changed. */
    private static String asciiLower(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= 'A' && chars[i] <= 'Z') {
                chars[i] += 'a' - 'A';
            }
        }
        return new String(chars);
    }
}

package io.github.pekoe.examples.bench.soak;

import static io.github.pekoe.Pekoe.*;

/**
 * The parameters of the page's URL, such as {@code ?n=100&ws=ws://127.0.0.1:41234/}. Values are
 * taken as written: the runner writes none that needs decoding.
 */
final class PageQuery {
    private PageQuery() {
    }

    /** The value of {@code name}, or {@code fallback} when the URL has none. */
    static String text(String name, String fallback) {
        String search = window().getLocation().getSearch();
        String query = search.startsWith("?") ? search.substring(1) : search;
        for (String pair : query.split("&")) {
            if (pair.startsWith(name + "=")) {
                return pair.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    /** The number {@code name}, or {@code fallback} when the URL has none. */
    static int number(String name, int fallback) {
        String text = text(name, "");
        return text.isEmpty() ? fallback : Integer.parseInt(text);
    }
}

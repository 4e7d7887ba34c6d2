package io.github.pekoe.pagecheck;

import java.util.ArrayDeque;
import java.util.Deque;

/** Resolves a page's URLs to paths under the site folder, as a browser resolves them against the page. */
final class SitePaths {
    private SitePaths() {
    }

    /**
     * The site-relative path that {@code url}, written in the page at site-relative {@code pagePath},
     * names; null for a URL elsewhere (a scheme, {@code //host}), an empty one, or one above the site.
     */
    static String resolve(String pagePath, String url) {
        String path = url.trim();
        int cut = firstOf(path, '?', '#');
        path = cut >= 0 ? path.substring(0, cut) : path;
        if (path.isEmpty() || path.startsWith("//") || hasScheme(path)) {
            return null;
        }
        if (!path.startsWith("/")) {
            int slash = pagePath.lastIndexOf('/');
            path = (slash < 0 ? "" : pagePath.substring(0, slash + 1)) + path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/", -1)) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    /** {@code path} without {@code ./}, {@code ..} where it can, and leading or doubled slashes. */
    static String normalize(String path) {
        String resolved = resolve("", path.startsWith("/") ? path : "/" + path);
        return resolved == null ? path : resolved;
    }

    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            if (!letter && (i == 0 || !((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}

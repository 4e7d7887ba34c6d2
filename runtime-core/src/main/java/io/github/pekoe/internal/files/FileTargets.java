package io.github.pekoe.internal.files;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Expands the config's {@code files} as PyScript does: a key of the form {@code {NAME}} defines a
 * placeholder (its value may use the ones defined before it); any other key is a URL and its value
 * the destination, both with placeholders filled in. An empty destination is {@code ./}; one ending
 * in {@code /} keeps the URL's file name; one ending in {@code /*} unpacks a {@code .zip},
 * {@code .whl}, {@code .tar}, {@code .tar.gz} or {@code .tgz} there. Relative destinations are under
 * {@code /}, the working directory of Java in the page.
 */
public final class FileTargets {
    private FileTargets() {
    }

    /**
     * Returns the entries of {@code files}, in order.
     *
     * @throws IllegalArgumentException naming the entry and the problem: a destination that is not a
     *     string, an unknown placeholder, an empty URL, a URL without a file name for a
     *     destination ending in '/', an archive of a kind that cannot be unpacked, or two entries
     *     writing one file
     */
    public static FileTarget[] expand(Map<?, ?> files) {
        List<String> names = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<FileTarget> targets = new ArrayList<>();
        for (Map.Entry<?, ?> entry : files.entrySet()) {
            String key = String.valueOf(entry.getKey());
            Object value = entry.getValue();
            if (!(value instanceof String)) {
                throw new IllegalArgumentException("files: the value of '" + key + "' must be a string (a "
                        + (isPlaceholder(key) ? "placeholder's text" : "destination path") + "), not "
                        + (value == null ? "null" : value instanceof Map ? "a table" : value.toString()));
            }
            String text = fill((String) value, key, names, values);
            if (isPlaceholder(key)) {
                names.add(key);
                values.add(text);
            } else {
                FileTarget target = target(key, fill(key, key, names, values), text);
                for (FileTarget other : targets) {
                    if (target.kind() == FileTarget.PLAIN && other.kind() == FileTarget.PLAIN
                            && other.path().equals(target.path())) {
                        throw new IllegalArgumentException("files: '" + other.key() + "' and '" + key
                                + "' both write " + target.path());
                    }
                }
                targets.add(target);
            }
        }
        return targets.toArray(new FileTarget[0]);
    }

    /** Whether a key defines a placeholder: {@code {NAME}}, nothing around the braces. */
    private static boolean isPlaceholder(String key) {
        return key.length() > 2 && key.charAt(0) == '{' && key.indexOf('}') == key.length() - 1;
    }

    private static FileTarget target(String key, String url, String destination) {
        if (url.trim().isEmpty()) {
            throw new IllegalArgumentException("files: an entry has an empty URL");
        }
        String dest = destination.isEmpty() ? "./" : destination;
        if (dest.endsWith("/*")) {
            int kind = archiveKind(pathOf(url));
            if (kind == FileTarget.PLAIN) {
                throw new IllegalArgumentException("files: '" + url + "' cannot be unpacked into '" + dest
                        + "': only .zip, .whl, .tar, .tar.gz and .tgz archives can");
            }
            return new FileTarget(key, url, directory(absolute(dest.substring(0, dest.length() - 1))), kind);
        }
        if (dest.endsWith("/")) {
            String path = pathOf(url);
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (name.isEmpty()) {
                throw new IllegalArgumentException("files: '" + url + "' has no file name to keep in '" + dest
                        + "': give the destination a file name");
            }
            dest = dest + name;
        }
        String path = absolute(dest);
        if (path.equals("/")) {
            throw new IllegalArgumentException("files: the destination '" + dest + "' of '" + key
                    + "' is a directory: give it a file name, or end it in / to keep the URL's");
        }
        return new FileTarget(key, url, path, FileTarget.PLAIN);
    }

    /** Fills every {@code {NAME}} in {@code text} (of entry {@code key}) with its value. */
    private static String fill(String text, String key, List<String> names, List<String> values) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (true) {
            int open = text.indexOf('{', from);
            int close = open < 0 ? -1 : text.indexOf('}', open + 2);
            if (close < 0) {
                return out.append(text, from, text.length()).toString();
            }
            String name = text.substring(open, close + 1);
            int index = names.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("files: unknown placeholder " + name + " in '" + key
                        + "'; " + (names.isEmpty() ? "none is defined" : "defined: " + String.join(", ", names))
                        + " (define one with \"" + name + "\": \"its text\" before it is used)");
            }
            out.append(text, from, open).append(values.get(index));
            from = close + 1;
        }
    }

    private static int archiveKind(String path) {
        if (path.endsWith(".zip") || path.endsWith(".whl")) {
            return FileTarget.ZIP;
        }
        if (path.endsWith(".tar")) {
            return FileTarget.TAR;
        }
        return path.endsWith(".tar.gz") || path.endsWith(".tgz") ? FileTarget.TAR_GZ : FileTarget.PLAIN;
    }

    /** The URL without its query and fragment. */
    private static String pathOf(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        int cut = query < 0 ? fragment : fragment < 0 ? query : Math.min(query, fragment);
        return cut < 0 ? url : url.substring(0, cut);
    }

    private static String directory(String path) {
        return path.endsWith("/") ? path : path + "/";
    }

    /**
     * The absolute form of {@code path} in the page's file system: relative paths start at {@code /},
     * {@code .} and empty steps are dropped, {@code ..} goes up (never above {@code /}).
     */
    public static String absolute(String path) {
        List<String> steps = new ArrayList<>();
        int from = 0;
        while (from <= path.length()) {
            int slash = path.indexOf('/', from);
            int end = slash < 0 ? path.length() : slash;
            String step = path.substring(from, end);
            if (step.equals("..")) {
                if (!steps.isEmpty()) {
                    steps.remove(steps.size() - 1);
                }
            } else if (!step.isEmpty() && !step.equals(".")) {
                steps.add(step);
            }
            from = end + 1;
        }
        return "/" + String.join("/", steps);
    }
}

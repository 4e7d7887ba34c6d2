package io.github.pekoe.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pure rules for config text: parsing, URL checks and the {@code plugins} switches. */
public final class ConfigText {
    private ConfigText() {
    }

    /**
     * Checks a parsed config value from {@code origin} (as a page author would name it) and returns
     * it as a deeply read-only map.
     *
     * @throws ConfigException if the value is not a JSON object
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> check(Object parsed, String origin) {
        if (!(parsed instanceof Map)) {
            throw new ConfigException("the config in " + origin + " must be a JSON object, not "
                    + kindOf(parsed));
        }
        return (Map<String, Object>) readOnly(parsed);
    }

    /** Tells whether an attribute value is inline JSON rather than a URL. */
    public static boolean isInline(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    /**
     * Checks that {@code url} names a JSON file.
     *
     * @throws ConfigException if it is empty or does not end in {@code .json}
     */
    public static void checkUrl(String url, String origin) {
        String path = url.trim();
        int cut = firstOf(path, '?', '#');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty()) {
            throw new ConfigException("the config URL in " + origin + " is empty");
        }
        if (!endsWithJson(path)) {
            throw new ConfigException("the config URL '" + url.trim() + "' in " + origin
                    + " must end in .json: Pekoe reads JSON config only");
        }
    }

    /** Tells whether the config lets Pekoe show error banners ({@code "plugins": ["!error"]} does not). */
    public static boolean bannersEnabled(Map<String, Object> config) {
        Object plugins = config.get("plugins");
        if (plugins instanceof List) {
            for (Object plugin : (List<?>) plugins) {
                if ("!error".equals(plugin)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean endsWithJson(String path) {
        String suffix = ".json";
        if (path.length() < suffix.length()) {
            return false;
        }
        int offset = path.length() - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            char c = path.charAt(offset + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int firstOf(String text, char a, char b) {
        int i = text.indexOf(a);
        int j = text.indexOf(b);
        if (i < 0) {
            return j;
        }
        return j < 0 ? i : Math.min(i, j);
    }

    /**
     * Names the kind of a parsed JSON value for messages: "null", "an array", "a string", "a number",
     * "true" or "false".
     */
    static String kindOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List) {
            return "an array";
        }
        if (value instanceof String) {
            return "a string";
        }
        if (value instanceof Number) {
            return "a number";
        }
        return value.toString();
    }

    /** A deep read-only copy: every map (in its order) and list inside is unmodifiable. */
    static Object readOnly(Object value) {
        if (value instanceof Map) {
            LinkedHashMap<Object, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                copy.put(entry.getKey(), readOnly(entry.getValue()));
            }
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List) {
            List<?> list = (List<?>) value;
            ArrayList<Object> copy = new ArrayList<>(list.size());
            for (Object element : list) {
                copy.add(readOnly(element));
            }
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}

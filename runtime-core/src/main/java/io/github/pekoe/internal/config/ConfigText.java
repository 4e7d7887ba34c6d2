package io.github.pekoe.internal.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Pure rules for config text: its format, URL checks, read-only values and the {@code plugins} switches. */
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
            throw notAnObject(origin, kindOf(parsed));
        }
        return (Map<String, Object>) readOnly(parsed);
    }

    /** The error for config text from {@code origin} that does not parse, as {@code problem} says. */
    static ConfigException invalid(String origin, String problem) {
        return new ConfigException("invalid config in " + origin + ": " + problem);
    }

    /** The error for a config from {@code origin} whose value is of {@code kind} rather than an object. */
    static ConfigException notAnObject(String origin, String kind) {
        return new ConfigException("the config in " + origin + " must be a JSON object, not " + kind);
    }

    /** Tells whether a {@code config} attribute holds JSON text (a brace or a bracket first) rather than a URL. */
    public static boolean isInline(String value) {
        String trimmed = value.trim();
        return trimmed.startsWith("{") || trimmed.startsWith("[");
    }

    /**
     * Tells whether a {@code config} attribute holds JSON or TOML text rather than a URL: text that
     * starts with a brace or a bracket, spans lines, or has an '=' before any query.
     */
    public static boolean isInlineJsonOrToml(String value) {
        String trimmed = value.trim();
        int query = firstOf(trimmed, '?', '#');
        int equals = trimmed.indexOf('=');
        return isInline(trimmed) || trimmed.indexOf('\n') >= 0 || equals >= 0 && (query < 0 || equals < query);
    }

    /**
     * Checks that {@code url} names a JSON file, in a bundle that reads JSON only.
     *
     * @throws ConfigException if it is empty or does not end in {@code .json}
     */
    public static void checkUrl(String url, String origin) {
        if (!endsWith(nonEmptyPath(url, origin), ".json")) {
            throw new ConfigException("the config URL '" + url.trim() + "' in " + origin + " must end in .json"
                    + " (.toml needs @TomlConfig)");
        }
    }

    /**
     * Checks that {@code url} names a JSON or a TOML file.
     *
     * @throws ConfigException if it is empty or ends in neither {@code .json} nor {@code .toml}
     */
    public static void checkJsonOrTomlUrl(String url, String origin) {
        String path = nonEmptyPath(url, origin);
        if (!endsWith(path, ".json") && !endsWith(path, ".toml")) {
            throw new ConfigException("the config URL '" + url.trim() + "' in " + origin
                    + " must end in .json or .toml");
        }
    }

    /**
     * Tells whether a config is TOML: its {@code type} attribute ({@code json} or {@code toml}) says
     * so when there is one, else its URL's extension, else its text: JSON is wrapped in braces,
     * anything else is TOML, as in PyScript.
     *
     * @param type the {@code type} attribute, or null
     * @param url the checked URL, or null for inline {@code text}
     * @throws ConfigException if the type is neither, or is not the URL's extension
     */
    public static boolean isToml(String type, String url, String text, String origin) {
        if (type != null && !isWord(type.trim(), "toml") && !isWord(type.trim(), "json")) {
            throw new ConfigException("type=\"" + type + "\" in " + origin + " must be json or toml");
        }
        boolean toml;
        if (url != null) {
            toml = endsWith(pathOf(url), ".toml");
            if (type != null && toml != isWord(type.trim(), "toml")) {
                throw new ConfigException("the config URL '" + url.trim() + "' in " + origin + " is not "
                        + type.trim());
            }
            return toml;
        }
        String trimmed = text.trim();
        return type != null ? isWord(type.trim(), "toml") : !(trimmed.startsWith("{") && trimmed.charAt(trimmed.length() - 1) == '}');
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

    /**
     * The URL's path, trimmed, without query and fragment.
     *
     * @throws ConfigException if it is empty
     */
    private static String nonEmptyPath(String url, String origin) {
        String path = pathOf(url);
        if (path.isEmpty()) {
            throw new ConfigException("the config URL in " + origin + " is empty");
        }
        return path;
    }

    /** The URL, trimmed, without its query and fragment. */
    private static String pathOf(String url) {
        String path = url.trim();
        int cut = firstOf(path, '?', '#');
        return cut >= 0 ? path.substring(0, cut) : path;
    }

    private static boolean isWord(String text, String word) {
        return text.length() == word.length() && endsWith(text, word);
    }

    /** Whether {@code text} ends in the lower-case ASCII {@code suffix}, in any case. */
    private static boolean endsWith(String text, String suffix) {
        if (text.length() < suffix.length()) {
            return false;
        }
        int offset = text.length() - suffix.length();
        for (int i = 0; i < suffix.length(); i++) {
            char c = text.charAt(offset + i);
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

package io.github.pekoe.internal.config;

import io.github.pekoe.internal.js.JsToJava;
import io.github.pekoe.internal.js.JsonText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Holds the page's one configuration, once read from its {@link ConfigSource}. A JSON config stays
 * the browser's parsed value until Java first asks for it, so pages that never call
 * {@code config()} carry no conversion to Java maps.
 */
public final class PageConfig {
    private static JSObject json;
    private static Map<String, Object> current;
    private static boolean tableListsFiles;

    private PageConfig() {
    }

    /** Returns the loaded configuration, read-only; empty when the page has none. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> current() {
        if (current == null) {
            Object parsed = json == null ? new LinkedHashMap<>() : JsToJava.convert(json);
            current = (Map<String, Object>) ConfigText.readOnly(parsed);
        }
        return current;
    }

    /**
     * Makes the config of {@code source} current; {@code loadedText} is the body of its URL, or null
     * for inline text. Returns whether it lets Pekoe show error banners.
     *
     * @throws ConfigException if the text is invalid or not an object
     */
    public static boolean use(ConfigSource source, String loadedText) {
        String url = source.url();
        String text = url == null ? source.text() : loadedText;
        String origin = url == null ? source.origin() : "'" + url + "'";
        return ConfigFormat.use(source, text, origin);
    }

    /** Whether the current config lists {@code files} (has that top-level key). */
    public static boolean listsFiles() {
        return json != null ? listsFiles(json) : tableListsFiles;
    }

    /** Makes a checked config table (read from TOML) current; returns whether it lets Pekoe show banners. */
    static boolean useTable(Map<String, Object> table) {
        json = null;
        current = table;
        tableListsFiles = table.containsKey("files");
        return ConfigText.bannersEnabled(table);
    }

    /**
     * Makes JSON config text current: the page's, or a worker's, sent by the page. Returns whether it
     * lets Pekoe show error banners.
     *
     * @throws ConfigException if the text is invalid or not an object
     */
    public static boolean useJson(String text, String origin) {
        JSObject outcome = JsonText.tryParse(text);
        String error = JsonText.errorOf(outcome);
        if (error != null) {
            throw ConfigText.invalid(origin, "invalid JSON: " + error);
        }
        JSObject value = JsonText.valueOf(outcome);
        String kind = nonObjectKind(value);
        if (kind != null) {
            throw ConfigText.notAnObject(origin, kind);
        }
        json = value;
        current = null;
        return bannersEnabled(value);
    }

    /** The config as JSON text, for a worker. */
    public static String jsonText() {
        return json != null ? JsonText.stringifyNative(json) : JsonText.stringify(current());
    }

    /** Names a parsed JSON value that is not an object as {@link ConfigText#kindOf} does; null for an object. */
    @JSBody(params = "v", script = "return v === null ? 'null' : Array.isArray(v) ? 'an array'"
            + " : typeof v === 'string' ? 'a string' : typeof v === 'number' ? 'a number'"
            + " : typeof v === 'boolean' ? String(v) : null;")
    private static native String nonObjectKind(JSObject v);

    @JSBody(params = "c", script = "return c.files !== undefined;")
    private static native boolean listsFiles(JSObject c);

    /** {@link ConfigText#bannersEnabled} on a parsed JSON object. */
    @JSBody(params = "c", script = "var p = c.plugins; return !(Array.isArray(p) && p.indexOf('!error') >= 0);")
    private static native boolean bannersEnabled(JSObject c);
}

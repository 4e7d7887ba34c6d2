package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * CSS selector queries that report an invalid selector instead of throwing a JavaScript error
 * (which Java code could not catch).
 */
public final class Selectors {
    private Selectors() {
    }

    /** The elements under {@code root} that match {@code css}, or null when {@code css} is not a valid selector. */
    public static JSObject queryAll(JSObject root, String css) {
        return JsProperties.get(query(root, css), "nodes");
    }

    /** Why {@code css} is not a valid selector (the browser's message), or null when it is. */
    public static String problem(JSObject root, String css) {
        return JsProperties.getString(query(root, css), "error");
    }

    @JSBody(params = {"root", "css"}, script = "try { return {nodes: root.querySelectorAll(css)}; }"
            + " catch (e) { return {error: String(e && e.message || e)}; }")
    private static native JSObject query(JSObject root, String css);
}

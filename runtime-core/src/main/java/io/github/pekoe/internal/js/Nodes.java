package io.github.pekoe.internal.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Questions about JavaScript values that may be DOM nodes. */
public final class Nodes {
    private Nodes() {
    }

    /** Tells whether {@code value} is a DOM node (an object the DOM can insert). */
    @JSBody(params = "value", script = "return typeof Node !== 'undefined' && value instanceof Node;")
    public static native boolean isNode(JSObject value);

    /** Returns the node's lower-case local name ({@code "script"}, {@code "java-script"}), or "" for non-elements. */
    @JSBody(params = "node", script = "return typeof node.localName === 'string' ? node.localName : '';")
    public static native String localName(JSObject node);
}

package io.github.pekoe.internal.event;

import io.github.pekoe.bridge.JsDocument;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.NodeHolder;
import io.github.pekoe.internal.js.Nodes;
import io.github.pekoe.internal.js.Selectors;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Turns what {@code when(...)} accepts as a target into the DOM nodes to bind. */
final class Targets {
    private Targets() {
    }

    /**
     * Returns the nodes {@code target} stands for: a CSS selector (matched now), a DOM node, a
     * {@link NodeHolder} (an element of the {@code web} API), a DOM {@code NodeList}, or an
     * {@code Iterable} of nodes and holders.
     *
     * @throws IllegalArgumentException if the target is null, empty, invalid, of another type, or matches nothing
     */
    static JSObject resolve(String type, Object target) {
        JSObject nodes = resolveAny(type, target);
        if (ArrayLike.length(nodes) == 0) {
            throw new IllegalArgumentException(call(type, target) + ": the target matches no element");
        }
        return nodes;
    }

    /**
     * As {@link #resolve}, but a target that matches nothing gives an empty array. The nodes are in a
     * JavaScript array: a Java list would wrap every node it holds.
     */
    static JSObject resolveAny(String type, Object target) {
        String call = call(type, target);
        JSObject nodes = ArrayLike.newArray();
        if (target instanceof String) {
            String selector = ((String) target).trim();
            if (selector.isEmpty()) {
                throw new IllegalArgumentException(call + ": the selector is empty");
            }
            JSObject list = Selectors.queryAll(JsDocument.current(), selector);
            if (list == null) {
                throw new IllegalArgumentException(call + ": '" + selector + "' is not a valid CSS selector");
            }
            addList(nodes, list);
        } else {
            add(nodes, target, call);
        }
        return nodes;
    }

    /** How messages name a {@code when(type, target)} call: {@code when("click", "#b")}, {@code when("click", an object)}. */
    static String call(String type, Object target) {
        return "when(\"" + type + "\", " + describe(target) + ")";
    }

    private static void add(JSObject nodes, Object target, String call) {
        if (target instanceof NodeHolder) {
            ArrayLike.push(nodes, ((NodeHolder) target).dom());
        } else if (target instanceof Iterable) {
            for (Object item : (Iterable<?>) target) {
                add(nodes, item, call);
            }
        } else if (target instanceof JSObject && Nodes.isNode((JSObject) target)) {
            ArrayLike.push(nodes, (JSObject) target);
        } else if (target instanceof JSObject && isNodeList((JSObject) target)) {
            addList(nodes, (JSObject) target);
        } else {
            throw new IllegalArgumentException(call + ": the target must be a CSS selector, an element, a"
                    + " collection of elements or a node list, not " + (target == null ? "null"
                    : target.getClass().getName()));
        }
    }

    private static void addList(JSObject nodes, JSObject list) {
        int length = ArrayLike.length(list);
        for (int i = 0; i < length; i++) {
            ArrayLike.push(nodes, ArrayLike.item(list, i));
        }
    }

    private static String describe(Object target) {
        return target instanceof String ? "\"" + target + "\"" : "an " + (target == null ? "null" : "object");
    }

    @JSBody(params = "value", script = "return typeof NodeList !== 'undefined' && value instanceof NodeList"
            + " || typeof HTMLCollection !== 'undefined' && value instanceof HTMLCollection;")
    private static native boolean isNodeList(JSObject value);

}

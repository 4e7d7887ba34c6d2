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
     * As {@link #resolve}, but a target that matches nothing gives an empty array-like. The nodes are
     * in a JavaScript array-like (a selector's static {@code NodeList} itself): a Java list would wrap
     * every node it holds.
     */
    static JSObject resolveAny(String type, Object target) {
        if (target instanceof String) {
            String selector = ((String) target).trim();
            if (selector.isEmpty()) {
                throw new IllegalArgumentException(call(type, target) + ": the selector is empty");
            }
            JSObject list = Selectors.queryAll(JsDocument.current(), selector);
            if (list == null) {
                throw new IllegalArgumentException(call(type, target) + ": '" + selector
                        + "' is not a valid CSS selector");
            }
            return list;
        }
        JSObject nodes = ArrayLike.newArray();
        add(nodes, target, type, target);
        return nodes;
    }

    /** How messages name a {@code when(type, target)} call: {@code when("click", "#b")}, {@code when("click", an object)}. */
    static String call(String type, Object target) {
        return "when(\"" + type + "\", " + describe(target) + ")";
    }

    /**
     * The name of a {@code when(type, target)} call, as {@link #call} gives it, made only when a
     * banner or message asks for its text.
     */
    static Object callName(String type, Object target) {
        return new Object() {
            @Override
            public String toString() {
                return call(type, target);
            }
        };
    }

    private static void add(JSObject nodes, Object item, String type, Object target) {
        if (item instanceof NodeHolder) {
            ArrayLike.push(nodes, ((NodeHolder) item).dom());
        } else if (item instanceof Iterable) {
            for (Object member : (Iterable<?>) item) {
                add(nodes, member, type, target);
            }
        } else if (item instanceof JSObject && Nodes.isNode((JSObject) item)) {
            ArrayLike.push(nodes, (JSObject) item);
        } else if (item instanceof JSObject && isNodeList((JSObject) item)) {
            addList(nodes, (JSObject) item);
        } else {
            throw new IllegalArgumentException(call(type, target) + ": the target must be a CSS selector, an"
                    + " element, a collection of elements or a node list, not " + (item == null ? "null"
                    : item.getClass().getName()));
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

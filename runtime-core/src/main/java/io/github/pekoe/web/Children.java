package io.github.pekoe.web;

import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.NodeHolder;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Appends the values {@code Element.append} takes to an element's DOM node. */
final class Children {
    /** What a child may be, for error messages; a constant, so quoting it does not reach this class. */
    static final String KINDS = ": a child is an Element, an ElementCollection, a DOM node, a String (shown as text),"
            + " a number, a boolean, or an Iterable or array of those";

    private Children() {
    }

    /** Appends {@code item} to {@code parent}: see {@link Element#append}. */
    static void append(Element parent, Object item) {
        if (item instanceof NodeHolder) {
            parent.ops().append(parent.dom(), ((NodeHolder) item).dom());
        } else if (item instanceof Iterable) {
            for (Object each : (Iterable<?>) item) {
                append(parent, each);
            }
        } else if (item instanceof Object[]) {
            for (Object each : (Object[]) item) {
                append(parent, each);
            }
        } else if (item instanceof String || item instanceof Number || item instanceof Boolean
                || item instanceof Character) {
            parent.ops().appendText(parent.dom(), String.valueOf(item));
        } else if (item instanceof JSObject) {
            appendJs(parent, (JSObject) item);
        } else {
            throw unsupported(parent, item);
        }
    }

    private static void appendJs(Element parent, JSObject item) {
        if (parent.ops().isNode(item)) {
            parent.ops().append(parent.dom(), item);
        } else if (isList(item)) {
            List<JSObject> nodes = new ArrayList<>();
            int length = ArrayLike.length(item);
            for (int i = 0; i < length; i++) {
                nodes.add(ArrayLike.item(item, i));
            }
            for (JSObject node : nodes) {
                appendJs(parent, node);
            }
        } else {
            throw unsupported(parent, item);
        }
    }

    private static IllegalArgumentException unsupported(Element parent, Object item) {
        String what = item instanceof java.util.Map ? "a Map (properties go to a tag factory or update(), not append())"
                : describe(item);
        return new IllegalArgumentException("cannot append " + what + " to <" + parent.tag() + ">" + KINDS);
    }

    /** Names a value for an error message: its type, and the text of a string. */
    static String describe(Object item) {
        if (item == null) {
            return "null";
        }
        if (item instanceof String) {
            return "the text \"" + item + "\"";
        }
        if (item instanceof JSObject) {
            return Element.describe((JSObject) item);
        }
        return "a " + item.getClass().getName();
    }

    @JSBody(params = "v", script = "return v !== null && typeof v === 'object' && typeof v.length === 'number'"
            + " && typeof v.item === 'function' || Array.isArray(v);")
    private static native boolean isList(JSObject v);
}

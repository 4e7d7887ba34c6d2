package io.github.pekoe.web;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import org.teavm.jso.JSObject;

/** Finds elements under a DOM node: by CSS selector, or by id. */
final class Lookup {
    private Lookup() {
    }

    /**
     * The descendants of {@code root} (a document or element) that match {@code css}.
     *
     * @throws IllegalArgumentException if {@code css} is null, or with the browser's message if it is not
     *     a valid selector
     */
    static ElementCollection find(NodeOps ops, JSObject root, String css) {
        JSObject nodes = ops.queryAll(root, Arguments.notNull(css, "find: the selector"));
        if (nodes == null) {
            throw new IllegalArgumentException("'" + css + "' is not a valid CSS selector: "
                    + ops.selectorProblem(root, css));
        }
        return ElementCollection.ofNodes(nodes);
    }

    /** The descendant of {@code root} with the id {@code id} (a leading {@code #} is dropped), or null. */
    static Element byId(NodeOps ops, JSObject root, String id) {
        String plain = withoutHash(id);
        if (plain.isEmpty()) {
            return null;
        }
        return Element.wrap(ops.descendantById(root, plain));
    }

    /**
     * {@code id} without one leading {@code #}.
     *
     * @throws IllegalArgumentException if {@code id} is null
     */
    static String withoutHash(String id) {
        return Arguments.notNull(id, "get: the id").startsWith("#") ? id.substring(1) : id;
    }
}

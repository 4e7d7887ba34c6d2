package io.github.pekoe.internal.scan;

import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.Selectors;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Node;

/**
 * Gives each script its output element, as PyScript does: a {@code <script-java id="java-N">} right
 * after a script element (at the end of the body when the script is in the head), the element a
 * {@code target} attribute names (an id or a CSS selector), or the {@code <java-script>} element
 * itself. Elements keep an id they have; others get the next {@code java-N}.
 */
public final class OutputTargets {
    /** The tag of the output element created after a {@code <script type="java">}. */
    public static final String OUTPUT_TAG = "script-java";

    private final HTMLDocument document;
    private int counter;

    /** Creates the assigner for {@code document}; ids start at {@code java-0}. */
    public OutputTargets(HTMLDocument document) {
        this.document = document;
    }

    /**
     * Finds or creates the output element of {@code tag} and records it on the script element as
     * its {@code target} property.
     *
     * @throws IllegalArgumentException if a {@code target} attribute matches no element
     */
    public void assign(ScriptTag tag) {
        HTMLElement element = tag.element();
        HTMLElement target;
        String wanted = element.getAttribute("target");
        if (wanted != null && !wanted.trim().isEmpty()) {
            target = find(wanted.trim());
            if (target == null) {
                throw new IllegalArgumentException("the target \"" + wanted + "\" of " + tag.describe()
                        + " matches no element in the page");
            }
        } else if (tag.isScriptElement()) {
            target = document.createElement(OUTPUT_TAG);
            insertAfter(document, element, target);
        } else {
            target = element;
        }
        ensureId(target);
        tag.target(target);
        JsProperties.set(element, "target", target);
    }

    private HTMLElement find(String wanted) {
        HTMLElement byId = document.getElementById(wanted.startsWith("#") ? wanted.substring(1) : wanted);
        if (byId != null) {
            return byId;
        }
        JSObject matches = Selectors.queryAll(document, wanted);
        return matches == null || ArrayLike.length(matches) == 0 ? null : (HTMLElement) ArrayLike.item(matches, 0);
    }

    /**
     * Puts {@code output} right after {@code script}, or at the end of the body when the script is in
     * the head or detached.
     */
    public static void insertAfter(HTMLDocument document, HTMLElement script, HTMLElement output) {
        Node parent = script.getParentNode();
        if (parent == null || isInHead(document, script)) {
            document.getBody().appendChild(output);
        } else {
            parent.insertBefore(output, script.getNextSibling());
        }
    }

    private static boolean isInHead(HTMLDocument document, HTMLElement script) {
        HTMLElement head = document.getHead();
        for (Node node = script; node != null; node = node.getParentNode()) {
            if (node == head) {
                return true;
            }
        }
        return false;
    }

    private void ensureId(HTMLElement target) {
        String id = target.getId();
        if (id == null || id.isEmpty()) {
            target.setId("java-" + counter++);
        }
    }
}

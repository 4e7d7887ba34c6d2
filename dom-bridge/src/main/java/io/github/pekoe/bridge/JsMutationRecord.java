package io.github.pekoe.bridge;

import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.xml.Node;
import org.teavm.jso.dom.xml.NodeList;

/** One change a {@code MutationObserver} reports to its {@link JsMutationCallback}. */
public interface JsMutationRecord extends JSObject {
    /** What changed: {@code "attributes"}, {@code "childList"} or {@code "characterData"}. */
    @JSProperty
    String getType();

    /** The node that changed: the element of an attribute, the parent of added or removed children. */
    @JSProperty
    Node getTarget();

    /** The name of the changed attribute, or null for other changes. */
    @JSProperty
    String getAttributeName();

    /** The nodes added to the target (empty for other changes). */
    @JSProperty
    NodeList<Node> getAddedNodes();
}

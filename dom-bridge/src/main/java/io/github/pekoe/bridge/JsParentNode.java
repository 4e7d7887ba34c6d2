package io.github.pekoe.bridge;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.NodeList;

/**
 * The DOM's {@code ParentNode}: what documents, elements, fragments and shadow roots share, which
 * teavm-jso-apis declares on each but not on a common type.
 */
public interface JsParentNode extends JSObject {
    /** The descendants that match {@code selectors}, in document order. */
    NodeList<Element> querySelectorAll(String selectors);
}

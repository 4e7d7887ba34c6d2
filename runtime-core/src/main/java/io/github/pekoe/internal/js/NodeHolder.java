package io.github.pekoe.internal.js;

import org.teavm.jso.dom.xml.Node;

/**
 * A Java object that stands for one DOM node, such as an element of the {@code web} API.
 * {@code display} inserts its node, and APIs that take an element accept it.
 */
public interface NodeHolder {
    /** Returns the DOM node this object stands for. */
    Node dom();
}

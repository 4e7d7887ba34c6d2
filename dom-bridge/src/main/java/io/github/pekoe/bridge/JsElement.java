package io.github.pekoe.bridge;

import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.dom.xml.Element;

/** The {@code Element} methods teavm-jso-apis does not declare. */
public interface JsElement extends Element {
    /** The names of the element's attributes, as JavaScript strings in source order. */
    JSArrayReader<JSObject> getAttributeNames();
}

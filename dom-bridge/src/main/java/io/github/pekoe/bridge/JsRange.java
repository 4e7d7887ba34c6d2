package io.github.pekoe.bridge;

import org.teavm.jso.JSObject;
import org.teavm.jso.dom.xml.DocumentFragment;

/** The browser's {@code Range} (a span of a document), for what teavm-jso-apis does not declare. */
public interface JsRange extends JSObject {
    /**
     * Parses {@code html} (a string, or a {@code TrustedHTML} where the page requires Trusted Types) in
     * the context of the range's start node, as {@code innerHTML} would there.
     */
    DocumentFragment createContextualFragment(JSObject html);
}

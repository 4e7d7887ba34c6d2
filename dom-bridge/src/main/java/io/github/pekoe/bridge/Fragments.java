package io.github.pekoe.bridge;

import org.teavm.jso.JSBody;
import org.teavm.jso.dom.xml.DocumentFragment;

/** Parses HTML text into a document fragment, as {@code Range.createContextualFragment} does. */
public final class Fragments {
    private Fragments() {
    }

    /** Returns a fragment holding the nodes that {@code html} describes. */
    @JSBody(params = "html", script = "return document.createRange().createContextualFragment(html);")
    public static native DocumentFragment parse(String html);
}

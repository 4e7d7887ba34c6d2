package io.github.pekoe.internal.scan;

import io.github.pekoe.internal.js.Nodes;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/** Finds the page's Java script elements, in document order. */
public final class ScriptScanner {
    /** The CSS selector of the elements Pekoe runs. */
    public static final String SELECTOR = "script[type=\"java\"], java-script";

    private ScriptScanner() {
    }

    /** Returns one tag per Java script element present now, in document order. */
    public static ScriptTag[] scan(HTMLDocument document) {
        NodeList<? extends HTMLElement> elements = document.querySelectorAll(SELECTOR);
        ScriptTag[] tags = new ScriptTag[elements.getLength()];
        for (int i = 0; i < tags.length; i++) {
            HTMLElement element = elements.get(i);
            tags[i] = new ScriptTag(element, nameOf(element));
        }
        return tags;
    }

    private static String nameOf(HTMLElement element) {
        String src = element.getAttribute("src");
        if (src != null) {
            return src.trim();
        }
        String text = element.getTextContent();
        if (!Nodes.localName(element).equals("script")) {
            element.setTextContent("");
        }
        return text == null ? "" : text.trim();
    }
}

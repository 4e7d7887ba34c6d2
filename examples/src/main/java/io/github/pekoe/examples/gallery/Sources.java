package io.github.pekoe.examples.gallery;

import static io.github.pekoe.Pekoe.*;

import io.github.pekoe.script.Script;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.NodeList;

/**
 * Fills every {@code <pre class="java-source" data-src="src/X.java">} of a gallery page with that
 * Java file, so each page shows the code beside its result.
 */
@Script("gallery/sources")
public class Sources {
    /** Loads each listed source file into its element. */
    public static void main(String[] args) {
        NodeList<? extends HTMLElement> panes = document().querySelectorAll("pre.java-source[data-src]");
        for (int i = 0; i < panes.getLength(); i++) {
            load(panes.get(i));
        }
    }

    private static void load(HTMLElement pane) {
        String url = pane.getAttribute("data-src");
        XMLHttpRequest request = XMLHttpRequest.create();
        request.open("GET", url);
        request.onComplete(() -> pane.setTextContent(request.getStatus() == 200
                ? request.getResponseText()
                : "Could not load " + url + ": HTTP " + request.getStatus()));
        request.send();
    }
}

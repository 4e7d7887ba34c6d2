package io.github.pekoe.internal.display;

import io.github.pekoe.bridge.JsDocument;
import io.github.pekoe.internal.js.JsProperties;
import io.github.pekoe.internal.js.TrustedValues;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/**
 * Inserts a value whose representation is markup (HTML, SVG, an image) or code (JavaScript).
 * {@link Display} gets one only where such a representation can arise (a class offering a
 * representation, a worker's display), so a bundle that shows only text carries none of it: an
 * interface, so that the compiler sees no call target where no writer is made.
 */
interface MarkupWriter {

    /** Inserts {@code rendered}, which is not text, into {@code container}. */
    void write(Element container, Rendered rendered);

    /** The writer: markup and code reach the page through its Trusted Types policy. */
    final class Trusted implements MarkupWriter {
        @Override
        public void write(Element container, Rendered rendered) {
            if (rendered.isScript()) {
                HTMLElement script = HTMLDocument.current().createElement("script");
                JsProperties.set(script, "textContent", TrustedValues.script(rendered.content()));
                container.appendChild(script);
            } else if (rendered.isMarkup()) {
                container.appendChild(JsDocument.current().createRange().createContextualFragment(
                        TrustedValues.html(rendered.content())));
            } else {
                JsProperties.set(container, "innerHTML", TrustedValues.html(rendered.content()));
            }
        }
    }
}

package io.github.pekoe.web.elements;

import org.teavm.jso.dom.html.HTMLElement;

/** Elements that hold options: {@code <select>}, {@code <datalist>}, {@code <optgroup>}. */
public interface HasOptions {
    /** The DOM element (implemented by {@code Element.dom()}). */
    HTMLElement dom();

    /** The element's options, as a live list. */
    default Options options() {
        return new Options(dom());
    }
}

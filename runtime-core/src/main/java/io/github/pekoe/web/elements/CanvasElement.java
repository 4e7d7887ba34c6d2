package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A drawing surface, {@code <canvas>}; draw on {@code dom()} with the canvas API. */
public final class CanvasElement extends TypedElement<CanvasElement> {
    /** Creates a new, empty {@code <canvas>}; the factory {@code Web.canvas(...)} is the usual way. */
    public CanvasElement() {
        super("canvas");
    }

    /**
     * Views an existing {@code <canvas>}: {@code page.get("id").as(CanvasElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public CanvasElement(HTMLElement dom) {
        super(dom, "canvas");
    }

    @Override
    protected CanvasElement rewrap(HTMLElement copy) {
        return new CanvasElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "width height";
    }

    /** The width in CSS pixels. */
    public int width() {
        return (int) number("width");
    }

    /** Sets the width in CSS pixels. */
    public CanvasElement width(int width) {
        return number("width", width);
    }

    /** The height in CSS pixels. */
    public int height() {
        return (int) number("height");
    }

    /** Sets the height in CSS pixels. */
    public CanvasElement height(int height) {
        return number("height", height);
    }
}

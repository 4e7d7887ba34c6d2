package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import io.github.pekoe.internal.js.NodeHolder;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A drawing surface, {@code <canvas>}: {@link #draw} pictures on it, {@link #download} saves it;
 * draw anything else on {@code dom()} with the canvas API.
 */
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

    /**
     * Draws {@code source} (an image, video or canvas: a web {@code Element} or a DOM one, or an
     * {@code ImageBitmap}) at the top left corner, scaled to {@code width} by {@code height}
     * (PyScript's {@code draw}).
     *
     * @throws IllegalArgumentException if {@code source} is null, or something the canvas cannot draw
     */
    public CanvasElement draw(Object source, double width, double height) {
        JSObject picture = source instanceof NodeHolder ? ((NodeHolder) source).dom()
                : source instanceof JSObject ? (JSObject) source : null;
        if (picture == null) {
            throw new IllegalArgumentException("draw takes an image, video or canvas, not "
                    + (source == null ? "null" : source.getClass().getName()));
        }
        String problem = drawImage(dom(), picture, width, height);
        if (problem != null) {
            throw new IllegalArgumentException("cannot draw that on <canvas>: " + problem);
        }
        return this;
    }

    /** The picture as a PNG {@code data:} URL. */
    public String dataUrl() {
        return toDataUrl(dom());
    }

    /**
     * Saves the picture as the PNG file {@code filename} through the browser's download (PyScript's
     * {@code download}): a link to {@link #dataUrl()} is clicked, in the page for that moment.
     *
     * @throws IllegalArgumentException if {@code filename} is null or empty
     */
    public CanvasElement download(String filename) {
        if (filename == null || filename.isEmpty()) {
            throw new IllegalArgumentException("download needs a file name, not " + (filename == null ? "null" : "\"\""));
        }
        AnchorElement link = new AnchorElement().href(dataUrl()).download(filename);
        HTMLDocument.current().getBody().appendChild(link.dom());
        link.dom().click();
        link.remove();
        return this;
    }

    /** As {@link #download(String)}, to the file {@code snapped.png} as PyScript names it. */
    public CanvasElement download() {
        return download("snapped.png");
    }

    @JSBody(params = {"c", "s", "w", "h"}, script = "try { c.getContext('2d').drawImage(s, 0, 0, w, h); return null; }"
            + " catch (e) { return String(e && e.message || e); }")
    private static native String drawImage(JSObject c, JSObject s, double w, double h);

    @JSBody(params = "c", script = "return c.toDataURL('image/png');")
    private static native String toDataUrl(JSObject c);
}

package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** An image, {@code <img>}. */
public final class ImageElement extends TypedElement<ImageElement> implements HasSrc<ImageElement> {
    /** Creates a new, empty {@code <img>}; the factory {@code Web.img(...)} is the usual way. */
    public ImageElement() {
        super("img");
    }

    /**
     * Views an existing {@code <img>}: {@code page.get("id").as(ImageElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ImageElement(HTMLElement dom) {
        super(dom, "img");
    }

    @Override
    protected ImageElement rewrap(HTMLElement copy) {
        return new ImageElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "src alt crossOrigin decoding width height isMap loading referrerPolicy sizes "
                + "srcset useMap";
    }

    /** The text shown instead of the image. */
    public String alt() {
        return string("alt");
    }

    /** Sets the text shown instead of the image. */
    public ImageElement alt(String alt) {
        return string("alt", alt);
    }

    /** The CORS mode of the request. */
    public String crossOrigin() {
        return string("crossOrigin");
    }

    /** Sets the CORS mode of the request. */
    public ImageElement crossOrigin(String crossOrigin) {
        return string("crossOrigin", crossOrigin);
    }

    /** How to decode the image: {@code sync}, {@code async}, {@code auto}. */
    public String decoding() {
        return string("decoding");
    }

    /** Sets how to decode the image: {@code sync}, {@code async}, {@code auto}. */
    public ImageElement decoding(String decoding) {
        return string("decoding", decoding);
    }

    /** The rendered width in CSS pixels. */
    public int width() {
        return (int) number("width");
    }

    /** Sets the rendered width in CSS pixels. */
    public ImageElement width(int width) {
        return number("width", width);
    }

    /** The rendered height in CSS pixels. */
    public int height() {
        return (int) number("height");
    }

    /** Sets the rendered height in CSS pixels. */
    public ImageElement height(int height) {
        return number("height", height);
    }

    /** Tells whether the image is a server-side image map. */
    public boolean isMap() {
        return bool("isMap");
    }

    /** Sets whether the image is a server-side image map. */
    public ImageElement isMap(boolean isMap) {
        return bool("isMap", isMap);
    }

    /** When to load the image: {@code eager} or {@code lazy}. */
    public String loading() {
        return string("loading");
    }

    /** Sets when to load the image: {@code eager} or {@code lazy}. */
    public ImageElement loading(String loading) {
        return string("loading", loading);
    }

    /** How much of the referrer to send. */
    public String referrerPolicy() {
        return string("referrerPolicy");
    }

    /** Sets how much of the referrer to send. */
    public ImageElement referrerPolicy(String referrerPolicy) {
        return string("referrerPolicy", referrerPolicy);
    }

    /** The image sizes for each layout. */
    public String sizes() {
        return string("sizes");
    }

    /** Sets the image sizes for each layout. */
    public ImageElement sizes(String sizes) {
        return string("sizes", sizes);
    }

    /** The candidate images and their sizes. */
    public String srcset() {
        return string("srcset");
    }

    /** Sets the candidate images and their sizes. */
    public ImageElement srcset(String srcset) {
        return string("srcset", srcset);
    }

    /** The image map the image uses ({@code #name}). */
    public String useMap() {
        return string("useMap");
    }

    /** Sets the image map the image uses ({@code #name}). */
    public ImageElement useMap(String useMap) {
        return string("useMap", useMap);
    }
}

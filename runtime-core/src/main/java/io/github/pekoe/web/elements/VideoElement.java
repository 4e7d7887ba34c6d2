package io.github.pekoe.web.elements;

import org.teavm.jso.dom.html.HTMLElement;

/** A video, {@code <video>}. */
public final class VideoElement extends MediaElement<VideoElement> {
    /** Creates a new, empty {@code <video>}; the factory {@code Web.video(...)} is the usual way. */
    public VideoElement() {
        super("video");
    }

    /**
     * Views an existing {@code <video>}: {@code page.get("id").as(VideoElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public VideoElement(HTMLElement dom) {
        super(dom, "video");
    }

    @Override
    protected VideoElement rewrap(HTMLElement copy) {
        return new VideoElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "autoplay controls crossOrigin loop muted preload src width height poster "
                + "playsInline";
    }

    /** The width in CSS pixels. */
    public int width() {
        return (int) number("width");
    }

    /** Sets the width in CSS pixels. */
    public VideoElement width(int width) {
        return number("width", width);
    }

    /** The height in CSS pixels. */
    public int height() {
        return (int) number("height");
    }

    /** Sets the height in CSS pixels. */
    public VideoElement height(int height) {
        return number("height", height);
    }

    /** The address of the image shown until the video plays. */
    public String poster() {
        return string("poster");
    }

    /** Sets the address of the image shown until the video plays. */
    public VideoElement poster(String poster) {
        return string("poster", poster);
    }

    /** Tells whether the video plays inline rather than full screen. */
    public boolean isPlaysInline() {
        return bool("playsInline");
    }

    /** Sets whether the video plays inline rather than full screen. */
    public VideoElement playsInline(boolean playsInline) {
        return bool("playsInline", playsInline);
    }

    /** The width of the video's own frames in pixels; 0 until the video has loaded its first frame. */
    public int videoWidth() {
        return (int) number("videoWidth");
    }

    /** The height of the video's own frames in pixels; 0 until the video has loaded its first frame. */
    public int videoHeight() {
        return (int) number("videoHeight");
    }

    /**
     * Draws the frame on show into a new canvas of the frame's size (PyScript's {@code snap()}).
     *
     * @return the new, detached canvas
     */
    public CanvasElement snap() {
        return snap(new CanvasElement().width(videoWidth()).height(videoHeight()));
    }

    /** Draws the frame on show into {@code to}, scaled to the frame's size; returns {@code to}. */
    public CanvasElement snap(CanvasElement to) {
        return snap(to, videoWidth(), videoHeight());
    }

    /**
     * Draws the frame on show into {@code to}, scaled to {@code width} by {@code height}
     * (PyScript's {@code snap(to, width, height)}).
     *
     * @return {@code to}
     * @throws IllegalArgumentException if {@code to} is null
     */
    public CanvasElement snap(CanvasElement to, int width, int height) {
        if (to == null) {
            throw new IllegalArgumentException("snap needs a canvas to draw into, not null");
        }
        return to.draw(this, width, height);
    }
}

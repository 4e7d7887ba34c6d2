package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * What {@code <audio>} and {@code <video>} share: the source and how it plays.
 *
 * @param <T> the element itself
 */
public abstract class MediaElement<T extends MediaElement<T>> extends TypedElement<T> implements HasSrc<T> {
    /** Creates a new, empty {@code <tag>}. */
    protected MediaElement(String tag) {
        super(tag);
    }

    /** Views an existing {@code <tag>}. */
    protected MediaElement(HTMLElement dom, String tag) {
        super(dom, tag);
    }

    /** Tells whether playing starts as soon as it can. */
    public boolean isAutoplay() {
        return bool("autoplay");
    }

    /** Sets whether playing starts as soon as it can. */
    public T autoplay(boolean autoplay) {
        return bool("autoplay", autoplay);
    }

    /** Tells whether the browser shows its playback controls. */
    public boolean isControls() {
        return bool("controls");
    }

    /** Sets whether the browser shows its playback controls. */
    public T controls(boolean controls) {
        return bool("controls", controls);
    }

    /** The CORS mode of the request. */
    public String crossOrigin() {
        return string("crossOrigin");
    }

    /** Sets the CORS mode of the request. */
    public T crossOrigin(String crossOrigin) {
        return string("crossOrigin", crossOrigin);
    }

    /** Tells whether playing starts again at the end. */
    public boolean isLoop() {
        return bool("loop");
    }

    /** Sets whether playing starts again at the end. */
    public T loop(boolean loop) {
        return bool("loop", loop);
    }

    /** Tells whether the sound is muted. */
    public boolean isMuted() {
        return bool("muted");
    }

    /** Mutes or unmutes the sound. */
    public T muted(boolean muted) {
        return bool("muted", muted);
    }

    /** How much to load before playing: {@code none}, {@code metadata} or {@code auto}. */
    public String preload() {
        return string("preload");
    }

    /** Sets how much to load before playing: {@code none}, {@code metadata} or {@code auto}. */
    public T preload(String preload) {
        return string("preload", preload);
    }

    /** Pauses playing. */
    public T pause() {
        return call("pause");
    }
}

package io.github.pekoe.web.elements;

import org.teavm.jso.dom.html.HTMLElement;

/** Sound, {@code <audio>}. */
public final class AudioElement extends MediaElement<AudioElement> {
    /** Creates a new, empty {@code <audio>}; the factory {@code Web.audio(...)} is the usual way. */
    public AudioElement() {
        super("audio");
    }

    /**
     * Views an existing {@code <audio>}: {@code page.get("id").as(AudioElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public AudioElement(HTMLElement dom) {
        super(dom, "audio");
    }

    @Override
    protected AudioElement rewrap(HTMLElement copy) {
        return new AudioElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "autoplay controls crossOrigin loop muted preload src";
    }
}

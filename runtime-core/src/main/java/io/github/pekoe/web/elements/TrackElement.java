package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A timed text track of a medium, {@code <track>}. */
public final class TrackElement extends TypedElement<TrackElement> implements HasSrc<TrackElement> {
    /** Creates a new, empty {@code <track>}; the factory {@code Web.track(...)} is the usual way. */
    public TrackElement() {
        super("track");
    }

    /**
     * Views an existing {@code <track>}: {@code page.get("id").as(TrackElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public TrackElement(HTMLElement dom) {
        super(dom, "track");
    }

    @Override
    protected TrackElement rewrap(HTMLElement copy) {
        return new TrackElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "src kind label srclang";
    }

    /** The kind of track: {@code subtitles}, {@code captions}, .... */
    public String kind() {
        return string("kind");
    }

    /** Sets the kind of track: {@code subtitles}, {@code captions}, .... */
    public TrackElement kind(String kind) {
        return string("kind", kind);
    }

    /** The title of the track shown to the user. */
    public String label() {
        return string("label");
    }

    /** Sets the title of the track shown to the user. */
    public TrackElement label(String label) {
        return string("label", label);
    }

    /** The language of the track. */
    public String srclang() {
        return string("srclang");
    }

    /** Sets the language of the track. */
    public TrackElement srclang(String srclang) {
        return string("srclang", srclang);
    }

    /** Tells whether the track is on unless the user's preferences say otherwise (the {@code default} attribute). */
    public boolean isDefaultTrack() {
        return bool("default");
    }

    /** Sets whether the track is on unless the user's preferences say otherwise (the {@code default} attribute). */
    public TrackElement defaultTrack(boolean on) {
        return bool("default", on);
    }
}

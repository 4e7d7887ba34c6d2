package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** One of several sources of a {@code <picture>}, {@code <audio>} or {@code <video>}, {@code <source>}. */
public final class SourceElement extends TypedElement<SourceElement>
        implements HasSrc<SourceElement>, HasType<SourceElement> {
    /** Creates a new, empty {@code <source>}; the factory {@code Web.source(...)} is the usual way. */
    public SourceElement() {
        super("source");
    }

    /**
     * Views an existing {@code <source>}: {@code page.get("id").as(SourceElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public SourceElement(HTMLElement dom) {
        super(dom, "source");
    }

    @Override
    protected SourceElement rewrap(HTMLElement copy) {
        return new SourceElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "src type media sizes srcset";
    }

    /** The media the source applies to. */
    public String media() {
        return string("media");
    }

    /** Sets the media the source applies to. */
    public SourceElement media(String media) {
        return string("media", media);
    }

    /** The image sizes for each layout. */
    public String sizes() {
        return string("sizes");
    }

    /** Sets the image sizes for each layout. */
    public SourceElement sizes(String sizes) {
        return string("sizes", sizes);
    }

    /** The candidate images and their sizes. */
    public String srcset() {
        return string("srcset");
    }

    /** Sets the candidate images and their sizes. */
    public SourceElement srcset(String srcset) {
        return string("srcset", srcset);
    }
}

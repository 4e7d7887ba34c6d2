package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** Document metadata, {@code <meta>}. */
public final class MetaElement extends TypedElement<MetaElement> implements HasName<MetaElement> {
    /** Creates a new, empty {@code <meta>}; the factory {@code Web.meta(...)} is the usual way. */
    public MetaElement() {
        super("meta");
    }

    /**
     * Views an existing {@code <meta>}: {@code page.get("id").as(MetaElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public MetaElement(HTMLElement dom) {
        super(dom, "meta");
    }

    @Override
    protected MetaElement rewrap(HTMLElement copy) {
        return new MetaElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name content httpEquiv media";
    }

    /** The value of the metadata. */
    public String content() {
        return string("content");
    }

    /** Sets the value of the metadata. */
    public MetaElement content(String content) {
        return string("content", content);
    }

    /** The HTTP header the metadata stands for (the {@code http-equiv} attribute). */
    public String httpEquiv() {
        return string("httpEquiv");
    }

    /** Sets the HTTP header the metadata stands for (the {@code http-equiv} attribute). */
    public MetaElement httpEquiv(String httpEquiv) {
        return string("httpEquiv", httpEquiv);
    }

    /** The media the metadata applies to. */
    public String media() {
        return string("media");
    }

    /** Sets the media the metadata applies to. */
    public MetaElement media(String media) {
        return string("media", media);
    }
}

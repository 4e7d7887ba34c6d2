package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.TrustedValues;
import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** External content, {@code <embed>}. */
public final class EmbedElement extends TypedElement<EmbedElement>
        implements HasSrc<EmbedElement>, HasType<EmbedElement> {
    /** Creates a new, empty {@code <embed>}; the factory {@code Web.embed(...)} is the usual way. */
    public EmbedElement() {
        super("embed");
    }

    /**
     * Views an existing {@code <embed>}: {@code page.get("id").as(EmbedElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public EmbedElement(HTMLElement dom) {
        super(dom, "embed");
    }

    /** Sets the address of the script; a script URL, it reaches the page through Pekoe's Trusted Types policy. */
    @Override
    public EmbedElement src(String src) {
        TrustedValues.setString(dom(), "src", Arguments.notNull(src, "src"));
        return this;
    }

    @Override
    protected EmbedElement rewrap(HTMLElement copy) {
        return new EmbedElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "src type width height";
    }

    /** The width, as in the attribute. */
    public String width() {
        return string("width");
    }

    /** Sets the width, as in the attribute. */
    public EmbedElement width(String width) {
        return string("width", width);
    }

    /** The height, as in the attribute. */
    public String height() {
        return string("height");
    }

    /** Sets the height, as in the attribute. */
    public EmbedElement height(String height) {
        return string("height", height);
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.TrustedValues;
import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** External content, {@code <object>}. */
public final class ObjectElement extends TypedElement<ObjectElement>
        implements HasName<ObjectElement>, HasType<ObjectElement> {
    /** Creates a new, empty {@code <object>}; the factory {@code Web.object(...)} is the usual way. */
    public ObjectElement() {
        super("object");
    }

    /**
     * Views an existing {@code <object>}: {@code page.get("id").as(ObjectElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ObjectElement(HTMLElement dom) {
        super(dom, "object");
    }

    @Override
    protected ObjectElement rewrap(HTMLElement copy) {
        return new ObjectElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name type data width height useMap";
    }

    /** The address of the resource. */
    public String data() {
        return string("data");
    }

    /** Sets the address of the resource; it reaches the page through Pekoe's Trusted Types policy. */
    public ObjectElement data(String data) {
        TrustedValues.setString(dom(), "data", Arguments.notNull(data, "data"));
        return this;
    }

    /** The width, as in the attribute. */
    public String width() {
        return string("width");
    }

    /** Sets the width, as in the attribute. */
    public ObjectElement width(String width) {
        return string("width", width);
    }

    /** The height, as in the attribute. */
    public String height() {
        return string("height");
    }

    /** Sets the height, as in the attribute. */
    public ObjectElement height(String height) {
        return string("height", height);
    }

    /** The image map the object uses ({@code #name}). */
    public String useMap() {
        return string("useMap");
    }

    /** Sets the image map the object uses ({@code #name}). */
    public ObjectElement useMap(String useMap) {
        return string("useMap", useMap);
    }
}

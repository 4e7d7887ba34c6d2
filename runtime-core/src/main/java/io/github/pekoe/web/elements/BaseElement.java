package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** The base address of the document's relative links, {@code <base>}. */
public final class BaseElement extends TypedElement<BaseElement> implements HasHref<BaseElement> {
    /** Creates a new, empty {@code <base>}; the factory {@code Web.base(...)} is the usual way. */
    public BaseElement() {
        super("base");
    }

    /**
     * Views an existing {@code <base>}: {@code page.get("id").as(BaseElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public BaseElement(HTMLElement dom) {
        super(dom, "base");
    }

    @Override
    protected BaseElement rewrap(HTMLElement copy) {
        return new BaseElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "href target";
    }

    /** The default target of links. */
    public String target() {
        return string("target");
    }

    /** Sets the default target of links. */
    public BaseElement target(String target) {
        return string("target", target);
    }
}

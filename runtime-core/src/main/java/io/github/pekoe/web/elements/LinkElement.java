package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A link to an external resource, {@code <link>}. */
public final class LinkElement extends TypedElement<LinkElement>
        implements HasHref<LinkElement>, HasType<LinkElement> {
    /** Creates a new, empty {@code <link>}; the factory {@code Web.link(...)} is the usual way. */
    public LinkElement() {
        super("link");
    }

    /**
     * Views an existing {@code <link>}: {@code page.get("id").as(LinkElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public LinkElement(HTMLElement dom) {
        super(dom, "link");
    }

    @Override
    protected LinkElement rewrap(HTMLElement copy) {
        return new LinkElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "href type as crossOrigin disabled hreflang integrity media referrerPolicy rel";
    }

    /** The kind of resource to preload. */
    public String as() {
        return string("as");
    }

    /** Sets the kind of resource to preload. */
    public LinkElement as(String as) {
        return string("as", as);
    }

    /** The CORS mode of the request. */
    public String crossOrigin() {
        return string("crossOrigin");
    }

    /** Sets the CORS mode of the request. */
    public LinkElement crossOrigin(String crossOrigin) {
        return string("crossOrigin", crossOrigin);
    }

    /** Tells whether the linked style sheet is disabled. */
    public boolean isDisabled() {
        return bool("disabled");
    }

    /** Sets whether the linked style sheet is disabled. */
    public LinkElement disabled(boolean disabled) {
        return bool("disabled", disabled);
    }

    /** The language of the linked resource. */
    public String hreflang() {
        return string("hreflang");
    }

    /** Sets the language of the linked resource. */
    public LinkElement hreflang(String hreflang) {
        return string("hreflang", hreflang);
    }

    /** The hash the resource must match. */
    public String integrity() {
        return string("integrity");
    }

    /** Sets the hash the resource must match. */
    public LinkElement integrity(String integrity) {
        return string("integrity", integrity);
    }

    /** The media the resource applies to. */
    public String media() {
        return string("media");
    }

    /** Sets the media the resource applies to. */
    public LinkElement media(String media) {
        return string("media", media);
    }

    /** How much of the referrer to send. */
    public String referrerPolicy() {
        return string("referrerPolicy");
    }

    /** Sets how much of the referrer to send. */
    public LinkElement referrerPolicy(String referrerPolicy) {
        return string("referrerPolicy", referrerPolicy);
    }

    /** The relation of the linked resource to this page. */
    public String rel() {
        return string("rel");
    }

    /** Sets the relation of the linked resource to this page. */
    public LinkElement rel(String rel) {
        return string("rel", rel);
    }
}

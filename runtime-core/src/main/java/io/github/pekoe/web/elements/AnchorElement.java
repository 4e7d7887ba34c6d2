package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A link, {@code <a>}. */
public final class AnchorElement extends TypedElement<AnchorElement>
        implements HasHref<AnchorElement>, HasType<AnchorElement> {
    /** Creates a new, empty {@code <a>}; the factory {@code Web.a(...)} is the usual way. */
    public AnchorElement() {
        super("a");
    }

    /**
     * Views an existing {@code <a>}: {@code page.get("id").as(AnchorElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public AnchorElement(HTMLElement dom) {
        super(dom, "a");
    }

    @Override
    protected AnchorElement rewrap(HTMLElement copy) {
        return new AnchorElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "href type download hreflang ping referrerPolicy rel target";
    }

    /** The file name to save the target as (empty: not a download). */
    public String download() {
        return string("download");
    }

    /** Sets the file name to save the target as (empty: not a download). */
    public AnchorElement download(String download) {
        return string("download", download);
    }

    /** The language of the linked resource. */
    public String hreflang() {
        return string("hreflang");
    }

    /** Sets the language of the linked resource. */
    public AnchorElement hreflang(String hreflang) {
        return string("hreflang", hreflang);
    }

    /** The addresses notified when the link is followed. */
    public String ping() {
        return string("ping");
    }

    /** Sets the addresses notified when the link is followed. */
    public AnchorElement ping(String ping) {
        return string("ping", ping);
    }

    /** How much of the referrer to send. */
    public String referrerPolicy() {
        return string("referrerPolicy");
    }

    /** Sets how much of the referrer to send. */
    public AnchorElement referrerPolicy(String referrerPolicy) {
        return string("referrerPolicy", referrerPolicy);
    }

    /** The relation of the linked resource to this page. */
    public String rel() {
        return string("rel");
    }

    /** Sets the relation of the linked resource to this page. */
    public AnchorElement rel(String rel) {
        return string("rel", rel);
    }

    /** Where to show the linked resource: {@code _blank}, {@code _self}, a frame name. */
    public String target() {
        return string("target");
    }

    /** Sets where to show the linked resource: {@code _blank}, {@code _self}, a frame name. */
    public AnchorElement target(String target) {
        return string("target", target);
    }
}

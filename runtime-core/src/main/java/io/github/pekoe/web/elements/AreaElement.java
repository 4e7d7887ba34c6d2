package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A clickable area of an image map, {@code <area>}. */
public final class AreaElement extends TypedElement<AreaElement> implements HasHref<AreaElement> {
    /** Creates a new, empty {@code <area>}; the factory {@code Web.area(...)} is the usual way. */
    public AreaElement() {
        super("area");
    }

    /**
     * Views an existing {@code <area>}: {@code page.get("id").as(AreaElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public AreaElement(HTMLElement dom) {
        super(dom, "area");
    }

    @Override
    protected AreaElement rewrap(HTMLElement copy) {
        return new AreaElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "href alt coords download ping referrerPolicy rel shape target";
    }

    /** The text shown instead of the area. */
    public String alt() {
        return string("alt");
    }

    /** Sets the text shown instead of the area. */
    public AreaElement alt(String alt) {
        return string("alt", alt);
    }

    /** The coordinates of the area. */
    public String coords() {
        return string("coords");
    }

    /** Sets the coordinates of the area. */
    public AreaElement coords(String coords) {
        return string("coords", coords);
    }

    /** The file name to save the target as. */
    public String download() {
        return string("download");
    }

    /** Sets the file name to save the target as. */
    public AreaElement download(String download) {
        return string("download", download);
    }

    /** The addresses notified when the link is followed. */
    public String ping() {
        return string("ping");
    }

    /** Sets the addresses notified when the link is followed. */
    public AreaElement ping(String ping) {
        return string("ping", ping);
    }

    /** How much of the referrer to send. */
    public String referrerPolicy() {
        return string("referrerPolicy");
    }

    /** Sets how much of the referrer to send. */
    public AreaElement referrerPolicy(String referrerPolicy) {
        return string("referrerPolicy", referrerPolicy);
    }

    /** The relation of the linked resource to this page. */
    public String rel() {
        return string("rel");
    }

    /** Sets the relation of the linked resource to this page. */
    public AreaElement rel(String rel) {
        return string("rel", rel);
    }

    /** The shape of the area: {@code rect}, {@code circle}, {@code poly}, {@code default}. */
    public String shape() {
        return string("shape");
    }

    /** Sets the shape of the area: {@code rect}, {@code circle}, {@code poly}, {@code default}. */
    public AreaElement shape(String shape) {
        return string("shape", shape);
    }

    /** Where to show the linked resource. */
    public String target() {
        return string("target");
    }

    /** Sets where to show the linked resource. */
    public AreaElement target(String target) {
        return string("target", target);
    }
}

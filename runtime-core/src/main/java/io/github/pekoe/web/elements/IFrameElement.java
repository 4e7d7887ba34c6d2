package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.js.TrustedValues;
import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A nested page, {@code <iframe>}. */
public final class IFrameElement extends TypedElement<IFrameElement>
        implements HasName<IFrameElement>, HasSrc<IFrameElement> {
    /** Creates a new, empty {@code <iframe>}; the factory {@code Web.iframe(...)} is the usual way. */
    public IFrameElement() {
        super("iframe");
    }

    /**
     * Views an existing {@code <iframe>}: {@code page.get("id").as(IFrameElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public IFrameElement(HTMLElement dom) {
        super(dom, "iframe");
    }

    @Override
    protected IFrameElement rewrap(HTMLElement copy) {
        return new IFrameElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name src allow allowFullscreen width height loading referrerPolicy srcdoc";
    }

    /** The permissions policy of the frame. */
    public String allow() {
        return string("allow");
    }

    /** Sets the permissions policy of the frame. */
    public IFrameElement allow(String allow) {
        return string("allow", allow);
    }

    /** Tells whether the frame may go full screen. */
    public boolean isAllowFullscreen() {
        return bool("allowFullscreen");
    }

    /** Sets whether the frame may go full screen. */
    public IFrameElement allowFullscreen(boolean allowFullscreen) {
        return bool("allowFullscreen", allowFullscreen);
    }

    /** The width, as in the attribute. */
    public String width() {
        return string("width");
    }

    /** Sets the width, as in the attribute. */
    public IFrameElement width(String width) {
        return string("width", width);
    }

    /** The height, as in the attribute. */
    public String height() {
        return string("height");
    }

    /** Sets the height, as in the attribute. */
    public IFrameElement height(String height) {
        return string("height", height);
    }

    /** When to load the frame: {@code eager} or {@code lazy}. */
    public String loading() {
        return string("loading");
    }

    /** Sets when to load the frame: {@code eager} or {@code lazy}. */
    public IFrameElement loading(String loading) {
        return string("loading", loading);
    }

    /** How much of the referrer to send. */
    public String referrerPolicy() {
        return string("referrerPolicy");
    }

    /** Sets how much of the referrer to send. */
    public IFrameElement referrerPolicy(String referrerPolicy) {
        return string("referrerPolicy", referrerPolicy);
    }

    /** The markup of the page to show instead of {@code src}. */
    public String srcdoc() {
        return string("srcdoc");
    }

    /**
     * Sets the markup of the page to show instead of {@code src}; it reaches the page through Pekoe's
     * Trusted Types policy.
     */
    public IFrameElement srcdoc(String srcdoc) {
        TrustedValues.setString(dom(), "srcdoc", Arguments.notNull(srcdoc, "srcdoc"));
        return this;
    }
}

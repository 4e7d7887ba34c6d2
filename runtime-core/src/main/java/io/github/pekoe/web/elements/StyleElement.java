package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A style sheet, {@code <style>}. */
public final class StyleElement extends TypedElement<StyleElement> {
    /** Creates a new, empty {@code <style>}; the factory {@code Web.style(...)} is the usual way. */
    public StyleElement() {
        super("style");
    }

    /**
     * Views an existing {@code <style>}: {@code page.get("id").as(StyleElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public StyleElement(HTMLElement dom) {
        super(dom, "style");
    }

    @Override
    protected StyleElement rewrap(HTMLElement copy) {
        return new StyleElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "media";
    }

    /** The media the style sheet applies to. */
    public String media() {
        return string("media");
    }

    /** Sets the media the style sheet applies to. */
    public StyleElement media(String media) {
        return string("media", media);
    }
}

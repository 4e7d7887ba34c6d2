package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** An edit of the document: deleted text {@code <del>} or inserted text {@code <ins>}. */
public final class ModElement extends TypedElement<ModElement> {
    /**
     * Creates a new, empty element named {@code tag}, one of {@code <del>} or {@code <ins>}; the
     * factories are the usual way.
     *
     * @throws IllegalArgumentException for another tag
     */
    public ModElement(String tag) {
        super(oneOf(tag, "del ins"));
    }

    /**
     * Views an existing {@code <del>} or {@code <ins>}: {@code page.get("id").as(ModElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ModElement(HTMLElement dom) {
        super(dom, "del ins");
    }

    @Override
    protected ModElement rewrap(HTMLElement copy) {
        return new ModElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "cite dateTime";
    }

    /** The address explaining the change. */
    public String cite() {
        return string("cite");
    }

    /** Sets the address explaining the change. */
    public ModElement cite(String cite) {
        return string("cite", cite);
    }

    /** The date and time of the change. */
    public String dateTime() {
        return string("dateTime");
    }

    /** Sets the date and time of the change. */
    public ModElement dateTime(String dateTime) {
        return string("dateTime", dateTime);
    }
}

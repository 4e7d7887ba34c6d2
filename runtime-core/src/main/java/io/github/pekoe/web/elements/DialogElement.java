package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A dialog box, {@code <dialog>}. */
public final class DialogElement extends TypedElement<DialogElement> {
    /** Creates a new, empty {@code <dialog>}; the factory {@code Web.dialog(...)} is the usual way. */
    public DialogElement() {
        super("dialog");
    }

    /**
     * Views an existing {@code <dialog>}: {@code page.get("id").as(DialogElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public DialogElement(HTMLElement dom) {
        super(dom, "dialog");
    }

    @Override
    protected DialogElement rewrap(HTMLElement copy) {
        return new DialogElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "open returnValue";
    }

    /** Tells whether the dialog is shown. */
    public boolean isOpen() {
        return bool("open");
    }

    /** Sets whether the dialog is shown. */
    public DialogElement open(boolean open) {
        return bool("open", open);
    }

    /** The value the dialog was closed with. */
    public String returnValue() {
        return string("returnValue");
    }

    /** Sets the value the dialog was closed with. */
    public DialogElement returnValue(String returnValue) {
        return string("returnValue", returnValue);
    }

    /** Shows the dialog, not modal. */
    public DialogElement show() {
        return call("show");
    }

    /** Shows the dialog as a modal one, above the rest of the page. */
    public DialogElement showModal() {
        return call("showModal");
    }

    /** Closes the dialog. */
    public DialogElement close() {
        return call("close");
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A button, {@code <button>}. */
public final class ButtonElement extends TypedElement<ButtonElement>
        implements HasName<ButtonElement>, HasValue<ButtonElement>, HasDisabled<ButtonElement>,
                HasType<ButtonElement> {
    /** Creates a new, empty {@code <button>}; the factory {@code Web.button(...)} is the usual way. */
    public ButtonElement() {
        super("button");
    }

    /**
     * Views an existing {@code <button>}: {@code page.get("id").as(ButtonElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public ButtonElement(HTMLElement dom) {
        super(dom, "button");
    }

    @Override
    protected ButtonElement rewrap(HTMLElement copy) {
        return new ButtonElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name value disabled type formAction formEnctype formMethod formNoValidate "
                + "formTarget";
    }

    /** The address the button submits its form to. */
    public String formAction() {
        return string("formAction");
    }

    /** Sets the address the button submits its form to. */
    public ButtonElement formAction(String formAction) {
        return string("formAction", formAction);
    }

    /** How the button encodes its form. */
    public String formEnctype() {
        return string("formEnctype");
    }

    /** Sets how the button encodes its form. */
    public ButtonElement formEnctype(String formEnctype) {
        return string("formEnctype", formEnctype);
    }

    /** The HTTP method the button submits its form with. */
    public String formMethod() {
        return string("formMethod");
    }

    /** Sets the HTTP method the button submits its form with. */
    public ButtonElement formMethod(String formMethod) {
        return string("formMethod", formMethod);
    }

    /** Tells whether the form is submitted without validation. */
    public boolean isFormNoValidate() {
        return bool("formNoValidate");
    }

    /** Sets whether the form is submitted without validation. */
    public ButtonElement formNoValidate(boolean formNoValidate) {
        return bool("formNoValidate", formNoValidate);
    }

    /** Where the response of the submission is shown. */
    public String formTarget() {
        return string("formTarget");
    }

    /** Sets where the response of the submission is shown. */
    public ButtonElement formTarget(String formTarget) {
        return string("formTarget", formTarget);
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A form, {@code <form>}. */
public final class FormElement extends TypedElement<FormElement> implements HasName<FormElement> {
    /** Creates a new, empty {@code <form>}; the factory {@code Web.form(...)} is the usual way. */
    public FormElement() {
        super("form");
    }

    /**
     * Views an existing {@code <form>}: {@code page.get("id").as(FormElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public FormElement(HTMLElement dom) {
        super(dom, "form");
    }

    @Override
    protected FormElement rewrap(HTMLElement copy) {
        return new FormElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name acceptCharset action autocomplete enctype method noValidate rel target";
    }

    /** The character encodings the server accepts. */
    public String acceptCharset() {
        return string("acceptCharset");
    }

    /** Sets the character encodings the server accepts. */
    public FormElement acceptCharset(String acceptCharset) {
        return string("acceptCharset", acceptCharset);
    }

    /** The address the form is submitted to. */
    public String action() {
        return string("action");
    }

    /** Sets the address the form is submitted to. */
    public FormElement action(String action) {
        return string("action", action);
    }

    /** Whether the browser may fill in the controls: {@code on} or {@code off}. */
    public String autocomplete() {
        return string("autocomplete");
    }

    /** Sets whether the browser may fill in the controls: {@code on} or {@code off}. */
    public FormElement autocomplete(String autocomplete) {
        return string("autocomplete", autocomplete);
    }

    /** How the form data is encoded. */
    public String enctype() {
        return string("enctype");
    }

    /** Sets how the form data is encoded. */
    public FormElement enctype(String enctype) {
        return string("enctype", enctype);
    }

    /** The HTTP method of the submission: {@code get}, {@code post}, {@code dialog}. */
    public String method() {
        return string("method");
    }

    /** Sets the HTTP method of the submission: {@code get}, {@code post}, {@code dialog}. */
    public FormElement method(String method) {
        return string("method", method);
    }

    /** Tells whether the form is submitted without validation. */
    public boolean isNoValidate() {
        return bool("noValidate");
    }

    /** Sets whether the form is submitted without validation. */
    public FormElement noValidate(boolean noValidate) {
        return bool("noValidate", noValidate);
    }

    /** The relation of the target to this page. */
    public String rel() {
        return string("rel");
    }

    /** Sets the relation of the target to this page. */
    public FormElement rel(String rel) {
        return string("rel", rel);
    }

    /** Where the response of the submission is shown. */
    public String target() {
        return string("target");
    }

    /** Sets where the response of the submission is shown. */
    public FormElement target(String target) {
        return string("target", target);
    }

    /** Resets every control of the form to its initial value. */
    public FormElement reset() {
        return call("reset");
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A multi-line text control, {@code <textarea>}. */
public final class TextAreaElement extends TypedElement<TextAreaElement>
        implements HasName<TextAreaElement>, HasValue<TextAreaElement>, HasDisabled<TextAreaElement> {
    /** Creates a new, empty {@code <textarea>}; the factory {@code Web.textarea(...)} is the usual way. */
    public TextAreaElement() {
        super("textarea");
    }

    /**
     * Views an existing {@code <textarea>}: {@code page.get("id").as(TextAreaElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public TextAreaElement(HTMLElement dom) {
        super(dom, "textarea");
    }

    @Override
    protected TextAreaElement rewrap(HTMLElement copy) {
        return new TextAreaElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name value disabled autocomplete cols rows maxLength minLength placeholder "
                + "readOnly required wrap";
    }

    /** The autofill hint. */
    public String autocomplete() {
        return string("autocomplete");
    }

    /** Sets the autofill hint. */
    public TextAreaElement autocomplete(String autocomplete) {
        return string("autocomplete", autocomplete);
    }

    /** The width in characters. */
    public int cols() {
        return (int) number("cols");
    }

    /** Sets the width in characters. */
    public TextAreaElement cols(int cols) {
        return number("cols", cols);
    }

    /** The height in lines. */
    public int rows() {
        return (int) number("rows");
    }

    /** Sets the height in lines. */
    public TextAreaElement rows(int rows) {
        return number("rows", rows);
    }

    /** The greatest number of characters allowed. */
    public int maxLength() {
        return (int) number("maxLength");
    }

    /** Sets the greatest number of characters allowed. */
    public TextAreaElement maxLength(int maxLength) {
        return number("maxLength", maxLength);
    }

    /** The smallest number of characters allowed. */
    public int minLength() {
        return (int) number("minLength");
    }

    /** Sets the smallest number of characters allowed. */
    public TextAreaElement minLength(int minLength) {
        return number("minLength", minLength);
    }

    /** The hint shown while the control is empty. */
    public String placeholder() {
        return string("placeholder");
    }

    /** Sets the hint shown while the control is empty. */
    public TextAreaElement placeholder(String placeholder) {
        return string("placeholder", placeholder);
    }

    /** Tells whether the value cannot be edited. */
    public boolean isReadOnly() {
        return bool("readOnly");
    }

    /** Sets whether the value cannot be edited. */
    public TextAreaElement readOnly(boolean readOnly) {
        return bool("readOnly", readOnly);
    }

    /** Tells whether a value is needed to submit the form. */
    public boolean isRequired() {
        return bool("required");
    }

    /** Sets whether a value is needed to submit the form. */
    public TextAreaElement required(boolean required) {
        return bool("required", required);
    }

    /** How the text wraps when submitted: {@code soft} or {@code hard}. */
    public String wrap() {
        return string("wrap");
    }

    /** Sets how the text wraps when submitted: {@code soft} or {@code hard}. */
    public TextAreaElement wrap(String wrap) {
        return string("wrap", wrap);
    }
}

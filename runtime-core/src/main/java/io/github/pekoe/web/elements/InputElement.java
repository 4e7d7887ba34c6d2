package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** A form control, {@code <input>}; its {@code type} says which kind. */
public final class InputElement extends TypedElement<InputElement>
        implements HasName<InputElement>, HasValue<InputElement>, HasDisabled<InputElement>,
                HasSrc<InputElement>, HasType<InputElement> {
    /** Creates a new, empty {@code <input>}; the factory {@code Web.input(...)} is the usual way. */
    public InputElement() {
        super("input");
    }

    /**
     * Views an existing {@code <input>}: {@code page.get("id").as(InputElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public InputElement(HTMLElement dom) {
        super(dom, "input");
    }

    @Override
    protected InputElement rewrap(HTMLElement copy) {
        return new InputElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name value disabled src type accept alt autocomplete checked max maxLength min "
                + "minLength multiple pattern placeholder readOnly required size step";
    }

    /** The file types a file input accepts. */
    public String accept() {
        return string("accept");
    }

    /** Sets the file types a file input accepts. */
    public InputElement accept(String accept) {
        return string("accept", accept);
    }

    /** The text shown instead of an image input. */
    public String alt() {
        return string("alt");
    }

    /** Sets the text shown instead of an image input. */
    public InputElement alt(String alt) {
        return string("alt", alt);
    }

    /** The autofill hint. */
    public String autocomplete() {
        return string("autocomplete");
    }

    /** Sets the autofill hint. */
    public InputElement autocomplete(String autocomplete) {
        return string("autocomplete", autocomplete);
    }

    /** Tells whether a checkbox or radio button is checked. */
    public boolean isChecked() {
        return bool("checked");
    }

    /** Sets whether a checkbox or radio button is checked. */
    public InputElement checked(boolean checked) {
        return bool("checked", checked);
    }

    /** The greatest value allowed. */
    public String max() {
        return string("max");
    }

    /** Sets the greatest value allowed. */
    public InputElement max(String max) {
        return string("max", max);
    }

    /** The greatest number of characters allowed. */
    public int maxLength() {
        return (int) number("maxLength");
    }

    /** Sets the greatest number of characters allowed. */
    public InputElement maxLength(int maxLength) {
        return number("maxLength", maxLength);
    }

    /** The smallest value allowed. */
    public String min() {
        return string("min");
    }

    /** Sets the smallest value allowed. */
    public InputElement min(String min) {
        return string("min", min);
    }

    /** The smallest number of characters allowed. */
    public int minLength() {
        return (int) number("minLength");
    }

    /** Sets the smallest number of characters allowed. */
    public InputElement minLength(int minLength) {
        return number("minLength", minLength);
    }

    /** Tells whether several values may be given. */
    public boolean isMultiple() {
        return bool("multiple");
    }

    /** Sets whether several values may be given. */
    public InputElement multiple(boolean multiple) {
        return bool("multiple", multiple);
    }

    /** The regular expression the value must match. */
    public String pattern() {
        return string("pattern");
    }

    /** Sets the regular expression the value must match. */
    public InputElement pattern(String pattern) {
        return string("pattern", pattern);
    }

    /** The hint shown while the control is empty. */
    public String placeholder() {
        return string("placeholder");
    }

    /** Sets the hint shown while the control is empty. */
    public InputElement placeholder(String placeholder) {
        return string("placeholder", placeholder);
    }

    /** Tells whether the value cannot be edited. */
    public boolean isReadOnly() {
        return bool("readOnly");
    }

    /** Sets whether the value cannot be edited. */
    public InputElement readOnly(boolean readOnly) {
        return bool("readOnly", readOnly);
    }

    /** Tells whether a value is needed to submit the form. */
    public boolean isRequired() {
        return bool("required");
    }

    /** Sets whether a value is needed to submit the form. */
    public InputElement required(boolean required) {
        return bool("required", required);
    }

    /** The width of the control in characters. */
    public int size() {
        return (int) number("size");
    }

    /** Sets the width of the control in characters. */
    public InputElement size(int size) {
        return number("size", size);
    }

    /** The granularity of the value. */
    public String step() {
        return string("step");
    }

    /** Sets the granularity of the value. */
    public InputElement step(String step) {
        return string("step", step);
    }
}

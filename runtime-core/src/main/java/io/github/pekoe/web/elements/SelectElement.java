package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * A drop-down list or list box, {@code <select>}. Its factory takes options: {@code select("Tea",
 * Map.entry("Coffee", "c"))}.
 */
public final class SelectElement extends TypedElement<SelectElement>
        implements HasName<SelectElement>, HasValue<SelectElement>, HasDisabled<SelectElement>, HasOptions {
    /** Creates a new, empty {@code <select>}; the factory {@code Web.select(...)} is the usual way. */
    public SelectElement() {
        super("select");
    }

    /**
     * Views an existing {@code <select>}: {@code page.get("id").as(SelectElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public SelectElement(HTMLElement dom) {
        super(dom, "select");
    }

    @Override
    protected SelectElement rewrap(HTMLElement copy) {
        return new SelectElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name value disabled multiple required size selectedIndex";
    }

    /** A String becomes an option of that name, a {@code Map.Entry} an option with a name and a value. */
    @Override
    protected Object child(Object item) {
        return Options.optionFor(item);
    }

    /** Removes every option (PyScript's {@code select.clear()}, the same as {@code options().clear()}). */
    public SelectElement clear() {
        options().clear();
        return this;
    }

    /** Tells whether several options may be selected. */
    public boolean isMultiple() {
        return bool("multiple");
    }

    /** Sets whether several options may be selected. */
    public SelectElement multiple(boolean multiple) {
        return bool("multiple", multiple);
    }

    /** Tells whether a choice is needed to submit the form. */
    public boolean isRequired() {
        return bool("required");
    }

    /** Sets whether a choice is needed to submit the form. */
    public SelectElement required(boolean required) {
        return bool("required", required);
    }

    /** The number of rows shown. */
    public int size() {
        return (int) number("size");
    }

    /** Sets the number of rows shown. */
    public SelectElement size(int size) {
        return number("size", size);
    }

    /** The index of the first selected option, or -1. */
    public int selectedIndex() {
        return (int) number("selectedIndex");
    }

    /** Sets the index of the first selected option, or -1. */
    public SelectElement selectedIndex(int selectedIndex) {
        return number("selectedIndex", selectedIndex);
    }
}

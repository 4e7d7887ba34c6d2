package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** An option of a {@code <select>} or {@code <datalist>}, {@code <option>}. */
public final class OptionElement extends TypedElement<OptionElement>
        implements HasValue<OptionElement>, HasDisabled<OptionElement> {
    /** Creates a new, empty {@code <option>}; the factory {@code Web.option(...)} is the usual way. */
    public OptionElement() {
        super("option");
    }

    /**
     * Views an existing {@code <option>}: {@code page.get("id").as(OptionElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public OptionElement(HTMLElement dom) {
        super(dom, "option");
    }

    @Override
    protected OptionElement rewrap(HTMLElement copy) {
        return new OptionElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "value disabled label selected defaultSelected";
    }

    /** The label shown for the option. */
    public String label() {
        return string("label");
    }

    /** Sets the label shown for the option. */
    public OptionElement label(String label) {
        return string("label", label);
    }

    /** Tells whether the option is selected. */
    public boolean isSelected() {
        return bool("selected");
    }

    /** Sets whether the option is selected. */
    public OptionElement selected(boolean selected) {
        return bool("selected", selected);
    }

    /** Tells whether the option is selected initially (the {@code selected} attribute). */
    public boolean isDefaultSelected() {
        return bool("defaultSelected");
    }

    /** Sets whether the option is selected initially (the {@code selected} attribute). */
    public OptionElement defaultSelected(boolean defaultSelected) {
        return bool("defaultSelected", defaultSelected);
    }

    /** The position of the option in its list, counted from 0. */
    public int index() {
        return (int) number("index");
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.web.Element;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Elements with a text {@code value}: {@code <input>}, {@code <select>}, {@code <textarea>},
 * {@code <button>}, {@code <option>}, ...
 *
 * @param <T> the element itself, returned by the setter
 */
public interface HasValue<T extends Element> {
    /** The DOM element (implemented by {@link Element#dom()}). */
    HTMLElement dom();

    /** The value, as text. */
    default String value() {
        return NodeOps.current().textProperty(dom(), "value");
    }

    /** Sets the value, as text. */
    @SuppressWarnings("unchecked")
    default T value(String value) {
        NodeOps.current().textProperty(dom(), "value", Arguments.notNull(value, "value"));
        return (T) this;
    }

    /**
     * Sets the value to a number, written as the browser writes numbers: {@code value(3)} gives
     * {@code "3"}, {@code value(2.5)} gives {@code "2.5"}.
     */
    @SuppressWarnings("unchecked")
    default T value(double value) {
        NodeOps.current().numberProperty(dom(), "value", value);
        return (T) this;
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.web.Element;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Elements that can be {@code disabled}: form controls, {@code <fieldset>}, {@code <optgroup>}, {@code <option>}.
 *
 * @param <T> the element itself, returned by the setter
 */
public interface HasDisabled<T extends Element> {
    /** The DOM element (implemented by {@link Element#dom()}). */
    HTMLElement dom();

    /** Tells whether the element is disabled. */
    default boolean isDisabled() {
        return NodeOps.current().boolProperty(dom(), "disabled");
    }

    /** Disables or enables the element. */
    @SuppressWarnings("unchecked")
    default T disabled(boolean disabled) {
        NodeOps.current().boolProperty(dom(), "disabled", disabled);
        return (T) this;
    }
}

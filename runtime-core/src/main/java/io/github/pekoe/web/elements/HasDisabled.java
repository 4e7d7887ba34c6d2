package io.github.pekoe.web.elements;

import io.github.pekoe.internal.js.JsProperties;
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
        return JsProperties.getBoolean(dom(), "disabled");
    }

    /** Disables or enables the element. */
    @SuppressWarnings("unchecked")
    default T disabled(boolean disabled) {
        JsProperties.setBoolean(dom(), "disabled", disabled);
        return (T) this;
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.web.Element;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Elements with a {@code name}: form controls, {@code <iframe>}, {@code <map>}, {@code <meta>}, ...
 *
 * @param <T> the element itself, returned by the setter
 */
public interface HasName<T extends Element> {
    /** The DOM element (implemented by {@link Element#dom()}). */
    HTMLElement dom();

    /** The name the control is submitted under. */
    default String name() {
        return NodeOps.current().textProperty(dom(), "name");
    }

    /** Sets the name the control is submitted under. */
    @SuppressWarnings("unchecked")
    default T name(String name) {
        NodeOps.current().textProperty(dom(), "name", Arguments.notNull(name, "name"));
        return (T) this;
    }
}

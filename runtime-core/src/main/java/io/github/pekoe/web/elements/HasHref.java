package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.web.Element;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Elements with an {@code href}: {@code <a>}, {@code <area>}, {@code <base>}, {@code <link>}.
 *
 * @param <T> the element itself, returned by the setter
 */
public interface HasHref<T extends Element> {
    /** The DOM element (implemented by {@link Element#dom()}). */
    HTMLElement dom();

    /** The address the element links to. */
    default String href() {
        return NodeOps.current().textProperty(dom(), "href");
    }

    /** Sets the address the element links to. */
    @SuppressWarnings("unchecked")
    default T href(String href) {
        NodeOps.current().textProperty(dom(), "href", Arguments.notNull(href, "href"));
        return (T) this;
    }
}

package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.web.Element;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Elements that load a resource from {@code src}: images, media, frames, scripts, ...
 *
 * @param <T> the element itself, returned by the setter
 */
public interface HasSrc<T extends Element> {
    /** The DOM element (implemented by {@link Element#dom()}). */
    HTMLElement dom();

    /** The address of the resource. */
    default String src() {
        return NodeOps.current().textProperty(dom(), "src");
    }

    /** Sets the address of the resource. */
    @SuppressWarnings("unchecked")
    default T src(String src) {
        NodeOps.current().textProperty(dom(), "src", Arguments.notNull(src, "src"));
        return (T) this;
    }
}

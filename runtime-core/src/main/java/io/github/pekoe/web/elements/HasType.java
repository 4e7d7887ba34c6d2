package io.github.pekoe.web.elements;

import io.github.pekoe.internal.check.Arguments;
import io.github.pekoe.internal.web.NodeOps;
import io.github.pekoe.web.Element;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * Elements with a {@code type}: a MIME type ({@code <source>}, {@code <script>}), a control kind
 * ({@code <input>}, {@code <button>}) or a list style ({@code <ol>}).
 *
 * @param <T> the element itself, returned by the setter
 */
public interface HasType<T extends Element> {
    /** The DOM element (implemented by {@link Element#dom()}). */
    HTMLElement dom();

    /** The type. */
    default String type() {
        return NodeOps.current().textProperty(dom(), "type");
    }

    /** Sets the type. */
    @SuppressWarnings("unchecked")
    default T type(String type) {
        NodeOps.current().textProperty(dom(), "type", Arguments.notNull(type, "type"));
        return (T) this;
    }
}

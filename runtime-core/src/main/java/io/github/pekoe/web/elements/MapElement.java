package io.github.pekoe.web.elements;

import io.github.pekoe.web.TypedElement;
import org.teavm.jso.dom.html.HTMLElement;

/** An image map, {@code <map>}. */
public final class MapElement extends TypedElement<MapElement> implements HasName<MapElement> {
    /** Creates a new, empty {@code <map>}; the factory {@code Web.map(...)} is the usual way. */
    public MapElement() {
        super("map");
    }

    /**
     * Views an existing {@code <map>}: {@code page.get("id").as(MapElement::new)}.
     *
     * @throws IllegalArgumentException if {@code dom} is another element
     */
    public MapElement(HTMLElement dom) {
        super(dom, "map");
    }

    @Override
    protected MapElement rewrap(HTMLElement copy) {
        return new MapElement(copy);
    }

    @Override
    protected String knownProperties() {
        return "name";
    }
}

package io.github.pekoe.web;

import io.github.pekoe.Binding;
import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.WhenOptions;
import io.github.pekoe.internal.event.Bindings;
import io.github.pekoe.internal.js.ArrayLike;
import io.github.pekoe.internal.js.NodeGroup;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.JSObject;
import org.teavm.jso.dom.events.Event;

/**
 * An unmodifiable list of elements, such as {@code page.find(".item")} returns (PyScript's
 * {@code ElementCollection}): iterate it, index it, {@link #slice} it, and read or write the
 * classes, markup, styles and values of every member at once.
 *
 * <pre>{@code
 * ElementCollection items = page.find(".item");
 * items.classes().add("done");            // every member
 * items.style().set("color", "gray");     // every member
 * List<String> values = items.value();    // one per member
 * }</pre>
 */
public final class ElementCollection extends AbstractList<Element> implements NodeGroup {
    private final List<Element> elements;

    private ElementCollection(List<Element> elements) {
        this.elements = elements;
    }

    /** A collection of {@code elements}, in the order given. */
    public static ElementCollection of(Element... elements) {
        List<Element> list = new ArrayList<>(elements.length);
        for (Element element : elements) {
            list.add(element);
        }
        return new ElementCollection(list);
    }

    /** A collection of the elements of {@code elements}, in their order. */
    public static ElementCollection of(Collection<? extends Element> elements) {
        return new ElementCollection(new ArrayList<>(elements));
    }

    /** Wraps the element nodes of a DOM list ({@code NodeList}, {@code HTMLCollection}). */
    static ElementCollection ofNodes(JSObject nodes) {
        int length = ArrayLike.length(nodes);
        List<Element> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            JSObject node = ArrayLike.item(nodes, i);
            if (Element.isElement(node)) {
                list.add(Element.wrap(node));
            }
        }
        return new ElementCollection(list);
    }

    /**
     * The member at {@code index}, counted from 0; a negative index counts from the end, as in Python
     * ({@code get(-1)}: the last).
     *
     * @throws IndexOutOfBoundsException saying the index and the size when there is no such member
     */
    @Override
    public Element get(int index) {
        return elements.get(SliceIndexes.index(index, elements.size()));
    }

    @Override
    public int size() {
        return elements.size();
    }

    /**
     * The member with the id {@code id}, or else the first descendant of a member with it; null
     * when there is none. A leading {@code #} is allowed.
     */
    public @Nullable Element get(String id) {
        String plain = Lookup.withoutHash(id);
        for (Element element : elements) {
            if (element.id().equals(plain)) {
                return element;
            }
            Element inside = Lookup.byId(element.ops(), element.dom(), plain);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    /** A new collection of the members from {@code from} on; a negative index counts from the end. */
    public ElementCollection slice(int from) {
        return slice(from, null, 1);
    }

    /**
     * A new collection of the members from {@code from} up to, not including, {@code to}, as Python's
     * {@code [from:to]}: negative indexes count from the end ({@code slice(-2, size())}: the last two)
     * and bounds past the ends are clamped, so {@code slice(2, 1)} is empty.
     */
    public ElementCollection slice(int from, int to) {
        return slice(from, to, 1);
    }

    /**
     * A new collection of every {@code step}-th member from {@code from} up to, not including,
     * {@code to}, as Python's {@code [from:to:step]}; null bounds are Python's empty ones, so
     * {@code slice(null, null, -1)} is the collection reversed and {@code slice(null, null, 2)} every
     * other member.
     *
     * @throws IllegalArgumentException if {@code step} is 0
     */
    public ElementCollection slice(@Nullable Integer from, @Nullable Integer to, int step) {
        int[] positions = SliceIndexes.positions(from, to, step, elements.size());
        List<Element> picked = new ArrayList<>(positions.length);
        for (int position : positions) {
            picked.add(elements.get(position));
        }
        return new ElementCollection(picked);
    }

    /**
     * The descendants of every member that match {@code css}, member by member.
     *
     * @throws IllegalArgumentException if {@code css} is not a valid selector
     */
    public ElementCollection find(String css) {
        List<Element> found = new ArrayList<>();
        for (Element element : elements) {
            found.addAll(element.find(css));
        }
        return new ElementCollection(found);
    }

    /** The classes of all members, as a live set: reads see every member's, changes reach every member. */
    public CollectionClasses classes() {
        return new CollectionClasses(this);
    }

    /** The inline styles of all members: set and remove on every member, read one value per member. */
    public CollectionStyle style() {
        return new CollectionStyle(this);
    }

    /** The markup inside each member (its {@code innerHTML}), in order. */
    public List<String> html() {
        List<String> html = new ArrayList<>(elements.size());
        for (Element element : elements) {
            html.add(element.html());
        }
        return html;
    }

    /** Replaces the content of every member with {@code markup}, parsed as HTML. */
    public ElementCollection html(@Nullable String markup) {
        for (Element element : elements) {
            element.html(markup);
        }
        return this;
    }

    /** The text content of each member, in order. */
    public List<String> text() {
        List<String> texts = new ArrayList<>(elements.size());
        for (Element element : elements) {
            texts.add(element.text());
        }
        return texts;
    }

    /** Replaces the content of every member with {@code text}, as text. */
    public ElementCollection text(@Nullable String text) {
        for (Element element : elements) {
            element.text(text);
        }
        return this;
    }

    /**
     * The {@code value} of each member as text, in order; null for a member that has no value (a
     * {@code div}), the number's text for {@code meter} and {@code progress}.
     */
    public List<@Nullable String> value() {
        List<String> values = new ArrayList<>(elements.size());
        for (Element element : elements) {
            values.add(element.ops().textProperty(element.dom(), "value"));
        }
        return values;
    }

    /**
     * Sets the {@code value} of every member.
     *
     * @throws IllegalArgumentException if a member has no {@code value} property
     */
    public ElementCollection value(Object value) {
        for (Element element : elements) {
            element.prop("value", value);
        }
        return this;
    }

    /** Updates every member as {@link Element#update(Object, Map, Map)} does. */
    public ElementCollection update(@Nullable Object classes, @Nullable Map<String, ?> style,
            @Nullable Map<String, ?> properties) {
        for (Element element : elements) {
            element.update(classes, style, properties);
        }
        return this;
    }

    /** Updates every member as {@link Element#update(Map)} does (PyScript's {@code update_all}). */
    public ElementCollection update(Map<String, ?> properties) {
        for (Element element : elements) {
            element.update(properties);
        }
        return this;
    }

    /**
     * Binds {@code handler} to every member's {@code type} events, as {@link Element#on(String,
     * EventHandler)} does; the binding removes them all. An empty collection binds nothing.
     */
    public <E extends Event> Binding on(String type, EventHandler<E> handler) {
        return on(type, new WhenOptions(), handler);
    }

    /** As {@link #on(String, EventHandler)}, for a handler that does not need the event. */
    public Binding on(String type, SimpleHandler handler) {
        return on(type, new WhenOptions(), handler);
    }

    /**
     * As {@link #on(String, EventHandler)}, with options, as {@link Element#on(String, WhenOptions,
     * EventHandler)} takes them: with {@code once()}, each member's listener leaves after its first event.
     */
    public <E extends Event> Binding on(String type, WhenOptions options, EventHandler<E> handler) {
        List<Binding> bindings = new ArrayList<>(elements.size());
        for (Element element : elements) {
            bindings.add(element.on(type, options, handler));
        }
        return () -> {
            for (Binding binding : bindings) {
                binding.remove();
            }
        };
    }

    /** As {@link #on(String, WhenOptions, EventHandler)}, for a handler that does not need the event. */
    public Binding on(String type, WhenOptions options, SimpleHandler handler) {
        return on(type, options, Bindings.ignoringEvent(handler));
    }
}

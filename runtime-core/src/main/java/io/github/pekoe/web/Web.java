package io.github.pekoe.web;

import io.github.pekoe.EventHandler;
import io.github.pekoe.SimpleHandler;
import io.github.pekoe.internal.event.Bindings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.teavm.jso.dom.events.Event;

/**
 * PyScript's {@code pyscript.web} for Java: the {@link #page}, and a factory for every HTML
 * element, so code reads like the markup it makes. Use it with
 * {@code import static io.github.pekoe.web.Web.*;}.
 *
 * <pre>{@code
 * InputElement name = input(props("type", "text", "placeholder", "Your name"));
 * Element greeting = p();
 * ButtonElement greet = button("Greet");
 * greet.on("click", () -> greeting.text("Hello, " + name.value() + "!"));
 * page.append(div(label("Name ", name), greet, greeting));
 * page.append(ul(li("Pekoe"), li("Oolong", props("classes", "favourite"))),
 *     select("Small", "Large", Map.entry("Family size", "xl")));
 * }</pre>
 *
 * <p>Every factory takes content as {@link Element#with} does: elements, DOM nodes, strings (as
 * text), numbers and booleans become children, in order; a {@code Map} ({@link #props} keeps the
 * order) sets properties ({@code "id"}, {@code "title"}, {@code "for"}, ...; {@code "classes"} and
 * {@code "style"} as in {@link Element#update(Map)}). An unknown property or a child of another type is an
 * {@code IllegalArgumentException} that says what was wrong. Elements with standard properties come
 * typed ({@code a(...)} gives an {@code AnchorElement} with {@code href()}); the others are plain
 * {@link Element}s. Only the factories a program calls end up in its JavaScript.
 *
 * <p>A class that declares {@code main(String[])} hides the {@code main(...)} factory: call it as
 * {@code Web.main(...)} there.
 */
public final class Web extends InteractiveTags {
    /** The current page: its body, head, title, lookups by id and CSS selector. */
    public static final Page page = new Page();

    private Web() {
    }

    /**
     * Properties for a factory or {@code update}, in the order given (a {@code Map.of} has none):
     * {@code input(props("type", "range", "value", 3))}.
     *
     * @throws IllegalArgumentException if the arguments are not name, value pairs with String names
     */
    public static Map<String, @Nullable Object> props(@Nullable Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("props(...) takes name, value pairs; got " + namesAndValues.length
                    + " arguments");
        }
        Map<String, @Nullable Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String)) {
                throw new IllegalArgumentException("props(...) takes String names, not "
                        + Children.describe(namesAndValues[i]) + " at position " + i);
            }
            properties.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return properties;
    }

    /**
     * A handler for a tag factory to bind to the element it makes, as {@code button("Go", onClick(h))}
     * does for {@code "click"} (PyScript's {@code on_click=h}); the type is checked when it is bound.
     *
     * @throws IllegalArgumentException if the handler is null; when bound, if the element has no such event
     */
    public static <E extends Event> ElementListener on(String type, EventHandler<E> handler) {
        return new ElementListener(type, handler);
    }

    /** As {@link #on(String, EventHandler)}, for a handler that does not need the event. */
    public static ElementListener on(String type, SimpleHandler handler) {
        return new ElementListener(type, Bindings.ignoringEvent(handler));
    }

    /** A {@code click} handler for a tag factory: {@code on("click", handler)}. */
    public static <E extends Event> ElementListener onClick(EventHandler<E> handler) {
        return on("click", handler);
    }

    /** A {@code click} handler for a tag factory, without the event: {@code on("click", handler)}. */
    public static ElementListener onClick(SimpleHandler handler) {
        return on("click", handler);
    }

    /** A {@code dblclick} handler for a tag factory: {@code on("dblclick", handler)}. */
    public static <E extends Event> ElementListener onDblClick(EventHandler<E> handler) {
        return on("dblclick", handler);
    }

    /** A {@code dblclick} handler for a tag factory, without the event: {@code on("dblclick", handler)}. */
    public static ElementListener onDblClick(SimpleHandler handler) {
        return on("dblclick", handler);
    }

    /** A {@code input} handler for a tag factory: {@code on("input", handler)}. */
    public static <E extends Event> ElementListener onInput(EventHandler<E> handler) {
        return on("input", handler);
    }

    /** A {@code input} handler for a tag factory, without the event: {@code on("input", handler)}. */
    public static ElementListener onInput(SimpleHandler handler) {
        return on("input", handler);
    }

    /** A {@code change} handler for a tag factory: {@code on("change", handler)}. */
    public static <E extends Event> ElementListener onChange(EventHandler<E> handler) {
        return on("change", handler);
    }

    /** A {@code change} handler for a tag factory, without the event: {@code on("change", handler)}. */
    public static ElementListener onChange(SimpleHandler handler) {
        return on("change", handler);
    }

    /** A {@code submit} handler for a tag factory: {@code on("submit", handler)}. */
    public static <E extends Event> ElementListener onSubmit(EventHandler<E> handler) {
        return on("submit", handler);
    }

    /** A {@code submit} handler for a tag factory, without the event: {@code on("submit", handler)}. */
    public static ElementListener onSubmit(SimpleHandler handler) {
        return on("submit", handler);
    }

    /** A {@code keydown} handler for a tag factory: {@code on("keydown", handler)}. */
    public static <E extends Event> ElementListener onKeyDown(EventHandler<E> handler) {
        return on("keydown", handler);
    }

    /** A {@code keydown} handler for a tag factory, without the event: {@code on("keydown", handler)}. */
    public static ElementListener onKeyDown(SimpleHandler handler) {
        return on("keydown", handler);
    }

    /** A {@code keyup} handler for a tag factory: {@code on("keyup", handler)}. */
    public static <E extends Event> ElementListener onKeyUp(EventHandler<E> handler) {
        return on("keyup", handler);
    }

    /** A {@code keyup} handler for a tag factory, without the event: {@code on("keyup", handler)}. */
    public static ElementListener onKeyUp(SimpleHandler handler) {
        return on("keyup", handler);
    }

    /** A {@code focus} handler for a tag factory: {@code on("focus", handler)}. */
    public static <E extends Event> ElementListener onFocus(EventHandler<E> handler) {
        return on("focus", handler);
    }

    /** A {@code focus} handler for a tag factory, without the event: {@code on("focus", handler)}. */
    public static ElementListener onFocus(SimpleHandler handler) {
        return on("focus", handler);
    }

    /** A {@code blur} handler for a tag factory: {@code on("blur", handler)}. */
    public static <E extends Event> ElementListener onBlur(EventHandler<E> handler) {
        return on("blur", handler);
    }

    /** A {@code blur} handler for a tag factory, without the event: {@code on("blur", handler)}. */
    public static ElementListener onBlur(SimpleHandler handler) {
        return on("blur", handler);
    }
}

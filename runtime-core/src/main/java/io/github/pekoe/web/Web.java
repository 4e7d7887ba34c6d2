package io.github.pekoe.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
}

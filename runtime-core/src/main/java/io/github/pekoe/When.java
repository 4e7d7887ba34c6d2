package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public static method when the page starts (PyScript's {@code @when}): to {@code event} on
 * the elements {@code selector} matches, the method taking nothing or the event; or, with
 * {@code signal}, as a listener of a static {@link Signal} field, the method taking nothing or the
 * signal's result. Several on one method all bind. The annotation processor checks each at compile
 * time.
 *
 * <pre>{@code
 * static final Signal<String> SAVED = new Signal<>();
 *
 * @When(signal = "SAVED")
 * public static void saved(String name) {
 *     display("saved " + name);
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(When.List.class)
public @interface When {
    /** The event type, e.g. {@code "click"}; with {@link #selector}, unless {@link #signal} is given. */
    String event() default "";

    /** The CSS selector of the elements to bind; with {@link #event}. */
    String selector() default "";

    /**
     * The static {@link Signal} field to listen to instead of an event: {@code "FIELD"} in this class
     * (or a class around it), {@code "Type.FIELD"} for a type of this package or nested in this class,
     * or {@code "pkg.Type.FIELD"}. Listeners are added before the page's scripts run.
     */
    String signal() default "";

    /** Several {@link When} on one method. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        /** The bindings. */
        When[] value();
    }
}

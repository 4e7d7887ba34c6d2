package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a public static method to {@code event} on the elements {@code selector} matches when the
 * page starts (PyScript's {@code @when}); several on one method all bind. The method takes nothing
 * or the event.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@Repeatable(When.List.class)
public @interface When {
    /** The event type, e.g. {@code "click"}. */
    String event();

    /** The CSS selector of the elements to bind. */
    String selector();

    /** Several {@link When} on one method. */
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @interface List {
        /** The bindings. */
        When[] value();
    }
}

package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a public static method as the handler that {@code py-EVENT="name"} and
 * {@code java-EVENT="name"} attributes name. The method takes nothing or the event (a DOM event type
 * such as {@code MouseEvent}); it may block and may throw.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Handler {
    /** The name attributes use; the method's name when empty. */
    String value() default "";
}

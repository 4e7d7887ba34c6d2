package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exports a public static method of a worker's bundle under {@code value} (the method's name when
 * empty), so the main thread can call it: {@code workers("calc").call("add", 1, 2)} (PyScript's
 * {@code __export__}). Parameters may be {@code String}, {@code boolean}, the number types and their
 * boxes, {@code byte[]}, {@code List}, {@code Map} or {@code Object}; the method may block, and what
 * it throws reaches the caller. Pekoe's annotation processor checks this when the class compiles.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Export {
    /** The name callers use; the method's name when empty. */
    String value() default "";
}

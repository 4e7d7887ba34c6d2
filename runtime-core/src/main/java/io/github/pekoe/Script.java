package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a class as the Java script a page runs with {@code <script type="java" src="NAME">}.
 * The class has a {@code public static void main(String[])} or implements {@link Runnable} with a
 * public no-argument constructor. Pekoe's annotation processor checks this when the class compiles.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Script {
    /** The name pages use in {@code src}; letters, digits, '-', '_', '.' and '/'. */
    String value();

    /**
     * Whether the script runs in a worker ({@code <script type="java" src="NAME" worker>}). A bundle
     * carries worker support only when one of its scripts says so, or it has {@code @Export} methods,
     * so pages without workers pay nothing for them.
     */
    boolean worker() default false;
}

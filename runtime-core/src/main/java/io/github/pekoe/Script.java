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
}

package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a package a lazy Java bundle named {@code value} (PyScript's {@code py_import}), written on the
 * package in its {@code package-info.java}. The package's generated {@code PekoePage}, built as a
 * bundle of its own (by convention {@code NAME.js} next to the page's bundle), scans no page and runs
 * no script when it loads: it offers its {@code @Export} methods and its {@code @Script}s to the bundle
 * that loads it with {@code javaImport("NAME")}. The name uses letters, digits, {@code '-'}, {@code '_'}
 * and {@code '.'}; Pekoe's annotation processor checks it when the package compiles.
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface LazyBundle {
    /** The name {@code javaImport} loads the bundle by. */
    String value();
}

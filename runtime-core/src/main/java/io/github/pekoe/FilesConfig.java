package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the page of this package lists {@code files} in its config (PyScript's shape: source URL
 * to destination path, {@code {NAME}} placeholders, with {@link #archives} {@code .zip}/{@code .tar.gz}
 * unpacked into a destination ending in {@code /*}): the package's generated {@code PekoePage} then
 * fetches them before any script runs and writes them where {@code java.io} and {@code java.nio.file}
 * read them.
 * Put it on any class of the package, or on its {@code package-info.java}. Bundles without it carry
 * none of that code, and a config with {@code files} is an error that names this annotation; a bundle
 * built from {@code Bootstrap} has it.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface FilesConfig {
    /**
     * Whether the files may be {@code .zip}, {@code .whl}, {@code .tar}, {@code .tar.gz} or
     * {@code .tgz} archives unpacked into a destination ending in {@code /*}; without it the bundle
     * carries no archive readers, and an archive in the config is a banner naming this element.
     */
    boolean archives() default false;
}

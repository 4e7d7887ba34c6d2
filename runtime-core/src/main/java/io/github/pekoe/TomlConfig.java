package io.github.pekoe;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Says that the page of this package reads TOML config ({@code <java-config type="toml">}, a
 * {@code .toml} URL, or inline text not wrapped in braces): the package's generated
 * {@code PekoePage} then carries Pekoe's TOML reader. Put it on any class of the package, or on its
 * {@code package-info.java}. Bundles without it read JSON config only and stay smaller; a bundle
 * built from {@code Bootstrap} reads both.
 */
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
public @interface TomlConfig {
}

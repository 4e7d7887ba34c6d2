/**
 * PyScript's {@code pyscript.web} in idiomatic Java: {@link io.github.pekoe.web.Web} holds the
 * {@code page} and a factory for every HTML element; {@link io.github.pekoe.web.Element} wraps one
 * element (tree, text, classes, style, properties, events), {@link io.github.pekoe.web.ElementCollection}
 * several, with bulk operations. {@link io.github.pekoe.web.Classes} and
 * {@link io.github.pekoe.web.Style} are live views of an element's classes and inline style.
 * Typed elements with the standard's properties are in {@code io.github.pekoe.web.elements}.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.web;

import org.jspecify.annotations.NullMarked;

/**
 * {@code display()}: how Java values become page content, following PyScript's rules — escaped
 * text, raw {@link io.github.pekoe.display.Html}, the representation interfaces in PyScript's order,
 * DOM nodes inserted, and {@code toString()} as the fallback.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.display;

import org.jspecify.annotations.NullMarked;

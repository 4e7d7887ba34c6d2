/**
 * Pekoe's entry point: the bundle starts it by itself, it waits for the document, reads the config
 * and runs the page's Java scripts in document order.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.boot;

import org.jspecify.annotations.NullMarked;

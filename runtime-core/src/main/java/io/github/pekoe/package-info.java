/**
 * Pekoe's facade and what a page's Java writes beside it: {@code import static io.github.pekoe.Pekoe.*;}
 * gives PyScript's built-ins under their Java names ({@code display}, {@code HTML}, {@code when},
 * {@code fetch}, {@code config}, {@code currentTarget}, {@code document}, {@code window},
 * {@code RUNNING_IN_WORKER}); the annotations {@link io.github.pekoe.Script}, {@link io.github.pekoe.Handler}
 * and {@link io.github.pekoe.When} register scripts and handlers; {@link io.github.pekoe.EventHandler}
 * and {@link io.github.pekoe.SimpleHandler} are every handler's shape; {@link io.github.pekoe.Signal} is
 * PyScript's custom event.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe;

import org.jspecify.annotations.NullMarked;

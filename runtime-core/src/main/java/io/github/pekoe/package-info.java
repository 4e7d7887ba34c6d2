/**
 * Pekoe's facade: {@code import static io.github.pekoe.Pekoe.*;} gives a Java script PyScript's
 * built-ins under their Java names ({@code display}, {@code HTML}, {@code fetch}, {@code config},
 * {@code currentTarget}, {@code document}, {@code window}, {@code RUNNING_IN_WORKER}).
 */
package io.github.pekoe;

/**
 * Internal, not API: how {@code display()} writes into the page (target lookup, one {@code <div>} per
 * value, escaping) and how a value chooses its representation in PyScript's order. Any release may
 * change it.
 */
package io.github.pekoe.internal.display;

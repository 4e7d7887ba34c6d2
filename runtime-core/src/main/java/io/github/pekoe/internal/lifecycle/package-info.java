/**
 * Internal, not API: the page's life-cycle events, {@code java:ready} and {@code java:done} on each
 * script element and {@code java:all-done} on the window. Any release may change it.
 */
package io.github.pekoe.internal.lifecycle;

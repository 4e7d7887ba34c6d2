/**
 * The page's life-cycle events: {@code java:ready} and {@code java:done} on each script element,
 * {@code java:all-done} on the window.
 */
package io.github.pekoe.lifecycle;

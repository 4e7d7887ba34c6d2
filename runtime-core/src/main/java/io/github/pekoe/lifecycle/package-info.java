/**
 * The page's life-cycle events: {@code java:ready} and {@code java:done} on each script element,
 * {@code java:all-done} on the window, and the wait for the document to be ready.
 */
package io.github.pekoe.lifecycle;

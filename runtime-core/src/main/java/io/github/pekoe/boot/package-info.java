/**
 * Pekoe's entry point: the bundle starts it by itself, it waits for the document, reads the config
 * and runs the page's Java scripts in document order.
 */
package io.github.pekoe.boot;

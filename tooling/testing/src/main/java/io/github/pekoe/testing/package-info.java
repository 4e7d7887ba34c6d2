/**
 * Helpers for JVM tests of Pekoe pages and their code: values shaped as a page sees them.
 */
package io.github.pekoe.testing;

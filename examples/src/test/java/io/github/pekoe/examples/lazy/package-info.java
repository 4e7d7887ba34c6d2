/** Browser tests of lazy Java bundles: {@code javaImport} loads a second bundle once and calls its exports and scripts. */
package io.github.pekoe.examples.lazy;

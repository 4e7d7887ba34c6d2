/** The benchmark page of 1000 buttons, each with its own {@code py-click} attribute. */
package io.github.pekoe.examples.bench.buttonsattrs;

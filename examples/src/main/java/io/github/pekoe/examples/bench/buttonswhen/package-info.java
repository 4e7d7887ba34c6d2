/** The benchmark page of 1000 buttons bound by one {@code when(".k")}. */
package io.github.pekoe.examples.bench.buttonswhen;

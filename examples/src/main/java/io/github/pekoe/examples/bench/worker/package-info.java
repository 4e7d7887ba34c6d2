/** The benchmark page that starts a worker and calls it. */
package io.github.pekoe.examples.bench.worker;

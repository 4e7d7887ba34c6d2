/** The benchmark page that makes 100 sequential fetch calls. */
package io.github.pekoe.examples.bench.fetch;

/** A string-cost size probe (the benchmark report's "What String calls cost" table). */
package io.github.pekoe.examples.bench.format;

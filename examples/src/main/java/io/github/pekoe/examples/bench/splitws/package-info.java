/** A string-cost size probe (see src/main/bench/string-costs.md). */
package io.github.pekoe.examples.bench.splitws;

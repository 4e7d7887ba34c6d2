/** Browser tests of the page runner: script order, life cycle, output targets, failures, config. */
package io.github.pekoe.examples.page;

/** The hello benchmark page: one line of output and one click handler. */
package io.github.pekoe.examples.bench.hello;

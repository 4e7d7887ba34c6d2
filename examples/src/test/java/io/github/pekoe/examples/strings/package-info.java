/** Browser tests of the small String.format and regular-expression calls, against the JVM's results. */
package io.github.pekoe.examples.strings;

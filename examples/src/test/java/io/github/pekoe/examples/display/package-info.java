/** Browser tests of {@code display()}, ported from PyScript's own display suite. */
package io.github.pekoe.examples.display;

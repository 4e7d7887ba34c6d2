/** The gallery's display page. */
package io.github.pekoe.examples.gallery.display;

/** The gallery's errors page. */
package io.github.pekoe.examples.gallery.errors;

/** The gallery's fetch page. */
package io.github.pekoe.examples.gallery.fetch;

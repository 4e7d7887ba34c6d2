/** The gallery's hello page. */
package io.github.pekoe.examples.gallery.hello;

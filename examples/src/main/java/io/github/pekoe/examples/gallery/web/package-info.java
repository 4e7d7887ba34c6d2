/** The gallery's web page. */
package io.github.pekoe.examples.gallery.web;

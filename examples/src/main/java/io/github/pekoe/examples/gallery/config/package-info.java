/** The gallery's config page. */
package io.github.pekoe.examples.gallery.config;

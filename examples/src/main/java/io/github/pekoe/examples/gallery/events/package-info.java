/** The gallery's events page. */
package io.github.pekoe.examples.gallery.events;

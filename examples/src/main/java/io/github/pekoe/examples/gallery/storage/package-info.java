/** The gallery's storage page: a notes pad kept in IndexedDB. */
package io.github.pekoe.examples.gallery.storage;

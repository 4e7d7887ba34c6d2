/** Small tables of values by name, for the catalogues a page fills at start-up. */
package io.github.pekoe.internal.names;

/**
 * The modules page's lazy Java bundle "brewstats": built as app/brewstats.js, loaded by the page's
 * bundle with javaImport("brewstats") when a button asks for it; the page's bundle carries none of it.
 */
@LazyBundle("brewstats")
package io.github.pekoe.examples.gallery.brewstats;

import io.github.pekoe.LazyBundle;

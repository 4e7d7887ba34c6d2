/**
 * Handlers, scripts and callbacks that throw, for the tests of what error banners say: the test
 * bundles {@code pekoe-banners.js} (minified, as pages are built) and {@code pekoe-banners-dev.js}
 * (readable, with a source map, as a development build makes it).
 */
package io.github.pekoe.examples.banners;

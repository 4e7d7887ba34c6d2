/**
 * The machinery of lazy Java bundles: {@link io.github.pekoe.internal.bundle.BundleLoader} loads one
 * into the page and calls across, {@link io.github.pekoe.internal.bundle.BundlePublisher} is the lazy
 * bundle's side, which registers its exports and scripts on the page's global object.
 */
package io.github.pekoe.internal.bundle;

/**
 * Lazy Java bundles (PyScript's {@code py_import}): {@link io.github.pekoe.bundle.JavaBundle} loads a
 * second bundle, built from a package marked {@link io.github.pekoe.LazyBundle}, on first use and calls
 * its exports and scripts; {@link io.github.pekoe.bundle.JavaBundleException} is any load or call that
 * failed.
 *
 * <p>Nullability is in the types: nothing is null unless marked {@code @Nullable}.
 */
@NullMarked
package io.github.pekoe.bundle;

import org.jspecify.annotations.NullMarked;

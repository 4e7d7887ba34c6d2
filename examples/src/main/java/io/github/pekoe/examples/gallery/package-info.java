/**
 * The gallery's Java scripts: one sub-package per page, each built into a bundle of its own through
 * the package's generated {@code PekoePage} entry point, as an application's page would be.
 */
package io.github.pekoe.examples.gallery;

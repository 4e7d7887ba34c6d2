/** The gallery's Java scripts, one small class per feature page. */
package io.github.pekoe.examples.gallery;

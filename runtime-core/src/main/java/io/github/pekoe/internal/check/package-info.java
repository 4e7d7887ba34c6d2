/**
 * Internal, not API: argument checks shared by the public API, so that a bad argument is an
 * {@code IllegalArgumentException} that names it, never a JavaScript error or the text "null". Any
 * release may change it.
 */
package io.github.pekoe.internal.check;

/**
 * Internal, not API: the page scanner, which finds the Java script elements in document order and
 * works out the name each one runs and the element its output goes to. Any release may change it.
 */
package io.github.pekoe.internal.scan;

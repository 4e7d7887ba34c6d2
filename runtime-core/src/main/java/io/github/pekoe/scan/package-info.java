/**
 * The page scanner: finds the Java script elements in document order, works out the name each one
 * runs and the element its output goes to.
 */
package io.github.pekoe.scan;

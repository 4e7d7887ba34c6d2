/**
 * The annotation processor that turns {@code @Script} classes into a generated registry, checked at
 * compile time, so a page never looks anything up by reflection.
 */
package io.github.pekoe.processor;

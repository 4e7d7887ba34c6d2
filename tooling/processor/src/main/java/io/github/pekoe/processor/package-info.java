/**
 * The annotation processor that turns {@code @Script} classes into a generated registry, checked at
 * compile time, so a page never looks anything up by reflection; it also writes each package's name
 * index ({@code META-INF/pekoe/PACKAGE.names}) that the build-time page check reads.
 */
package io.github.pekoe.processor;

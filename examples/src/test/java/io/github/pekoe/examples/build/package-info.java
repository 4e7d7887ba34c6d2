/** JVM tests of the gallery's build-time steps. */
package io.github.pekoe.examples.build;

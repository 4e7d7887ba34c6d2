/** Build-time steps of the gallery and the benchmark pages (they run on the JVM during the Maven build, never in a page). */
package io.github.pekoe.examples.build;

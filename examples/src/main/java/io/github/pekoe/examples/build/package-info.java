/** Build-time steps of the gallery (they run on the JVM during the Maven build, never in a page). */
package io.github.pekoe.examples.build;

/**
 * One build of a project's site, without Maven: {@link io.github.pekoe.maven.build.SiteBuild} checks that the
 * annotation processor ran, copies the site, compiles the bundles and runs the page check, as a
 * {@link io.github.pekoe.maven.build.BuildRequest} says.
 */
package io.github.pekoe.maven.build;

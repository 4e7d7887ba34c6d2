/**
 * The page check in the build: {@link io.github.pekoe.maven.check.SiteCheck} runs Pekoe's page check over the
 * built site, names each finding's file as the project has it ({@link io.github.pekoe.maven.check.FindingPaths})
 * and decides whether the build fails ({@link io.github.pekoe.maven.check.CheckVerdict}).
 */
package io.github.pekoe.maven.check;

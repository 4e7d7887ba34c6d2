/**
 * Pekoe's Maven plugin (goal prefix {@code pekoe}). Goal {@code build} ({@link io.github.pekoe.maven.BuildMojo})
 * compiles a project's bundles with TeaVM and Pekoe's settings, copies its site next to them and runs the
 * page check over its pages. The mojos only read their parameters; the work is in {@code .bundle}
 * (what to compile and how), {@code .site} (the copy) and {@code .check} (the page check's report).
 * It runs in Maven; nothing in it ships in a page.
 */
package io.github.pekoe.maven;
